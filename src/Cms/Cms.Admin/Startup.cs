using Cms.Core.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Admin;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddAdminMenu<AdminMenu>();
    }
}
