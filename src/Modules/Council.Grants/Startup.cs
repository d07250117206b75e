using Cms.Admin.Settings;
using Cms.Contents;
using Cms.Contents.Events;
using Cms.Contents.Services;
using Cms.Core.Modules;
using Cms.Documents;
using Council.Grants.Agenda;
using Council.Grants.Bundle;
using Council.Grants.Dashboard;
using Council.Grants.Decisions;
using Council.Grants.Data;
using Council.Grants.Drivers;
using Council.Grants.Handlers;
using Council.Grants.Letters;
using Council.Grants.Localization;
using Council.Grants.Recipes;
using Council.Grants.Reports;
using Council.Grants.Services;
using Council.Meetings.Agenda;
using Microsoft.Extensions.DependencyInjection;

namespace Council.Grants;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissionProvider<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddModelContributor<GrantsModelContributor>();
        services.AddAuditTrailCategory<GrantStrings>("GrantPool", "Grant pool");
        services.AddAuditTrailCategory<GrantStrings>(Controllers.ApplicationsAdminController.AuditCategory, "Grant applications");

        services.AddContentPart<GrantApplicationPartDriver>();
        services.AddContentPart<GrantBudgetPartDriver>();
        services.AddContentPart<GrantPoolPartDriver>();
        services.AddContentHandler<GrantApplicationHandler>();
        services.AddContentIndexProvider<GrantApplicationIndexProvider>();
        services.AddScoped<GrantRoutingScope>();
        services.AddEventHandler<Council.Meetings.Agenda.AgendaItemRouted, GrantAgendaItemRoutedHandler>();
        services.AddContentTypeAccessProvider<GrantApplicationAccess>();

        services.AddScoped<GrantStatusTexts>();
        services.AddScoped<GrantAuditEventNames>();
        services.AddScoped<GrantApplicationTexts>();
        services.AddScoped<GrantApplicationList>();
        services.AddScoped<GrantPoolLedger>();
        services.AddAgendaItemSource<GrantAgendaItemSource>();
        services.AddScoped<GrantAgendaItemSource>();
        services.AddPdfDocuments();
        services.AddGrantCaseBundle();
        services.AddDecisions();
        services.AddSingleton<GrantPoolPageState>();
        services.AddSingleton<IContentRenderingState>(sp => sp.GetRequiredService<GrantPoolPageState>());
        services.AddDashboardWidget<GrantPoolWidget>();
        services.AddScoped<GrantReportOverview>();
        services.AddEventHandler<ContentPurged, GrantCasePurgeHandler>();
        services.AddDashboardWidget<OverdueGrantReportsWidget>();
        services.AddSiteSettingsSection<GrantLetterSettingsEditor>();
        services.AddRecipeStep<GrantPoolRecipeStep>();
    }
}
