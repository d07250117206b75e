using Cms.Core.Modules;
using Cms.Workflows.Activities;
using Council.Grants.Screening;
using Council.Grants.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Council.Grants.Workflows;

/// <summary>
/// The screening workflow's activities, the applicant's answer page, and the applications' workflow journal and open
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
        services.AddScoped<GrantInformationLinks>();
        services.AddScoped<GrantInformationAnswering>();
        services.AddReservedPaths(GrantInformationLinks.Segment);
        services.AddAuditTrailCategory<Localization.GrantStrings>(SetGrantStatusTask.AuditCategory, "Grant application status");
        services.AddScoped<IApplicationWorkflowHistory, WorkflowApplicationHistory>();
    }
}
