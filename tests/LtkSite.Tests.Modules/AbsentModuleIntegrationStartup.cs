using Cms.Core.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Modules;

/// <summary>Must not run: no module Cms.Workflows is part of the site, so its path stays free for content.</summary>
[RequireFeatures("Cms.Workflows")]
public sealed class WorkflowsIntegrationStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services) => services.AddReservedPaths("test-needs-workflows");
}
