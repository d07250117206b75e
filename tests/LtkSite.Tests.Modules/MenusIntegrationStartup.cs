using Cms.Core.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Modules;

/// <summary>Runs because Cms.Menus is part of the site: its reserved path shows that it ran.</summary>
[RequireFeatures("Cms.Menus")]
public sealed class MenusIntegrationStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services) => services.AddReservedPaths("test-needs-menus");
}
