using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Core.Modules;

/// <summary>
/// The start-up class of a module (one per module, plus optional ones marked <see cref="RequireFeaturesAttribute"/>
/// that run only when other modules are present). The host creates it, calls <see cref="ConfigureServices"/> in
/// dependency order while the container is built, and <see cref="MapEndpoints"/> when routes are mapped.
/// Admin menu entries, permissions, EF Core model configuration and recipe steps are contributed as
/// services (see <see cref="ModuleServiceCollectionExtensions"/>).
/// </summary>
public abstract class ModuleStartup
{
    /// <summary>The site's configuration, set by the host before any call.</summary>
    public IConfiguration Configuration { get; internal set; } = null!;

    /// <summary>Creates a module's Startup with the site's configuration (used by the host and by design-time tools).</summary>
    public static ModuleStartup Create(ModuleDescriptor module, IConfiguration configuration) =>
        Create(module.StartupType ?? throw new InvalidOperationException($"Module '{module.Id}' has no Startup."), configuration);

    /// <summary>Creates a start-up class (a module's own or an optional one) with the site's configuration.</summary>
    public static ModuleStartup Create(Type startupType, IConfiguration configuration)
    {
        var startup = (ModuleStartup)Activator.CreateInstance(startupType)!;
        startup.Configuration = configuration;
        return startup;
    }

    public virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
