using Cms.Admin.Settings;
using Cms.Core.Modules;
using Council.Meetings.Agenda;
using Council.Meetings.Data;
using Council.Meetings.Packs;
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
        services.AddAgendaPacks();
        // From the settings until meetings are planned here; a module answering from real meetings replaces it.
        services.TryAddScoped<IMeetingSchedule, SettingsMeetingSchedule>();
        services.AddSiteSettingsSection<MeetingScheduleSettingsEditor>();
    }
}
