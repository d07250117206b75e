using Cms.Core.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Council.Meetings;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissionProvider<Permissions>();
    }
}
