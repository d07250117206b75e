using Cms.Core.Modules;
using Cms.Workflows.Activities;
using Council.Grants.Bundle;
using Council.Grants.Reports;
using Council.Grants.Screening;
using Council.Grants.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Council.Grants.Workflows;

/// <summary>
/// The screening and decision workflows' activities, the applicant's answer page, the grantee's report page, and the applications' workflow journal and open
/// tasks on their admin page; only when the workflow module is part of the site.
/// </summary>
[RequireFeatures("Cms.Workflows", "Cms.Forms")]
public sealed class GrantWorkflowsStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddActivity<GrantApplicantDetailsTask>();
        services.AddActivity<SetGrantStatusTask>();
        services.AddActivity<AskForInformationTask>();
        services.AddActivity<GrantDecisionDetailsTask>();
        services.AddActivity<RequestGrantReportTask>();
        services.AddActivity<GrantRepaymentTask>();
        services.AddScoped<GrantInformationLinks>();
        services.AddScoped<GrantInformationAnswering>();
        services.AddScoped<GrantFileUploads>();
        services.AddScoped<GrantReportLinks>();
        services.AddScoped<GrantReportSubmitting>();
        services.AddReservedPaths(GrantInformationLinks.Segment, GrantReportLinks.Segment);
        services.AddAuditTrailCategory<Localization.GrantStrings>(SetGrantStatusTask.AuditCategory, "Grant application status");
        services.AddScoped<IApplicationWorkflowHistory, WorkflowApplicationHistory>();
        services.AddGrantCaseBundleSection<GrantReportBundleSection>();
    }
}
