using Cms.Contents;
using Cms.Core.Modules;
using Cms.Menus.Parts;
using Cms.Menus.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Menus;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissionProvider<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddScoped<MenuService>();
        services.AddContentPart<AliasPartDriver>();
    }
}
