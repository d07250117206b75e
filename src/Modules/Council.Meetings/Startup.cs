using Cms.Admin.Settings;
using Cms.Core.Modules;
using Cms.Contents;
using Council.Meetings.Agenda;
using Council.Meetings.Conclusion;
using Council.Meetings.Conflicts;
using Council.Meetings.Data;
using Council.Meetings.Localization;
using Council.Meetings.Minutes;
using Council.Meetings.Schedule;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Council.Meetings;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissionProvider<Permissions>();
        services.AddModelContributor<MeetingsModelContributor>();
        services.AddScoped<IAgendaRouting, AgendaRouting>();
        // From the settings until meetings are planned here; a module answering from real meetings replaces it.
        services.TryAddScoped<IMeetingSchedule, SettingsMeetingSchedule>();
        services.AddSiteSettingsSection<MeetingScheduleSettingsEditor>();

        // Conflicts of interest, concluding a meeting and its minutes.
        services.AddContentPart<MemberInterestsPartDriver>();
        services.AddScoped<CouncilMemberDirectory>();
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
