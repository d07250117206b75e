using Cms.Core.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Modules;

/// <summary>Must not run: no module Test.Absent is part of the site, so its path stays free for content.</summary>
[RequireFeatures("Test.Absent")]
public sealed class AbsentModuleIntegrationStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services) => services.AddReservedPaths("test-needs-absent");
}
