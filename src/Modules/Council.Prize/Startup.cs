using Cms.Core.Modules;
using Council.Prize.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Council.Prize;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissionProvider<Permissions>();
        services.AddModelContributor<PrizeModelContributor>();
    }
}
