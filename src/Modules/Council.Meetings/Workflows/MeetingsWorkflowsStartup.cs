using Cms.Core.Modules;
using Council.Meetings.Agenda;
using Microsoft.Extensions.DependencyInjection;

namespace Council.Meetings.Workflows;

/// <summary>The "meeting concluded" signal to the workflows waiting for a meeting; only when the workflow module is part of the site.</summary>
[RequireFeatures("Cms.Workflows")]
public sealed class MeetingsWorkflowsStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services) =>
        services.AddEventHandler<MeetingConcluded, MeetingConcludedSignals>();
}
