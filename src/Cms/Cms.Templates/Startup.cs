using Cms.Contents.Services;
using Cms.Core.Modules;
using Cms.Templates.Data;
using Cms.Templates.Localization;
using Cms.Templates.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.Templates;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModelContributor<TemplatesModelContributor>();
        services.AddPermissionProvider<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddAuditTrailCategory<TemplateStrings>(TemplateOverrideManager.AuditCategory, "Templates");

        services.AddSingleton<ThemeTemplates>();
        services.AddSingleton<LiquidEngine>();
        services.AddSingleton<TemplateCache>();
        services.AddSingleton<IContentRenderingState>(sp => sp.GetRequiredService<TemplateCache>());
        services.AddHttpContextAccessor();
        services.AddScoped<PublishedItems>();
        services.AddScoped<TemplateOverrideManager>();
        services.Replace(ServiceDescriptor.Scoped<IContentItemRenderer, LiquidContentItemRenderer>());
    }
}
