using Cms.Admin.Settings;
using Cms.Contents;
using Cms.Core.Modules;
using Council.Meetings.Agenda;
using Council.Meetings.Conclusion;
using Council.Meetings.Conflicts;
using Council.Meetings.Dashboard;
using Council.Meetings.Data;
using Council.Meetings.Localization;
using Council.Meetings.Meetings;
using Council.Meetings.Members;
using Council.Meetings.Minutes;
using Council.Meetings.Packs;
using Council.Meetings.Recipes;
using Council.Meetings.Schedule;
using Microsoft.Extensions.DependencyInjection;

namespace Council.Meetings;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissionProvider<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddModelContributor<MeetingsModelContributor>();
        services.AddAuditTrailCategory<MeetingStrings>(Controllers.MeetingAdminPages.AuditCategory, "Meetings");
        services.AddScoped<IAgendaRouting, AgendaRouting>();
        services.AddAgendaPacks();
        services.AddScoped<IMeetingSchedule, MeetingSchedule>();
        services.AddScoped<ICouncilMembers, CouncilMembers>();
        services.AddScoped<MeetingPlanner>();
        services.AddScoped<Controllers.MeetingAdminPages>();
        services.AddSiteSettingsSection<MeetingScheduleSettingsEditor>();
        services.AddRecipeStep<MeetingsRecipeStep>();
        services.AddDashboardWidget<MeetingsWidget>();
        services.AddScoped<Calendar.PublicMeetings>();
        services.AddReservedPaths("moeder", "moeder.ics");

        // Conflicts of interest, concluding a meeting and its minutes.
        services.AddContentPart<MemberInterestsPartDriver>();
        services.AddScoped<AgendaConflicts>();
        services.AddScoped<IAgendaConflicts>(sp => sp.GetRequiredService<AgendaConflicts>());
        services.AddEventHandler<AgendaItemRouted, ConflictsOnRoutedItem>();
        services.AddEventHandlers<MemberInterestsHandler>();
        services.AddScoped<MeetingFactsReader>();
        services.AddScoped<MeetingConclusion>();
        services.AddScoped<MinutesDraftBuilder>();
        services.AddScoped<MeetingMinutes>();
        services.AddAuditTrailCategory<MeetingStrings>(MeetingConclusion.AuditCategory, "Council meetings");
    }
}
