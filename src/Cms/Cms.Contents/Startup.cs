using Cms.Contents.Data;
using Cms.Contents.Handlers;
using Cms.Contents.Metadata;
using Cms.Contents.Parts;
using Cms.Contents.Recipes;
using Cms.Contents.Services;
using Cms.Core.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.Contents;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModelContributor<ContentModelContributor>();
        services.AddPermissionProvider<Permissions>();
        services.AddAdminMenu<AdminMenu>();

        services.AddSingleton<ContentDefinitionCache>();
        services.AddScoped<ContentDefinitionManager>();
        services.AddScoped<ContentManager>();
        services.AddSingleton<AutoroutePatternEvaluator>();

        services.AddContentHandler<TitlePartHandler>();
        services.AddContentHandler<LocalizationPartHandler>();
        services.AddContentHandler<ContainedPartHandler>();
        services.AddContentHandler<AutoroutePartHandler>();
        services.AddContentHandler<AuditTrailContentHandler>();

        services.AddScoped<RecipeRunLog>();
        services.AddScoped<RecipeRunner>();
        services.AddScoped<RecipeExportBuilder>();
        services.AddRecipeStep<ContentDefinitionRecipeStep>();
        services.AddRecipeStep<ContentRecipeStep>();

        services.Configure<ContentSchedulingOptions>(Configuration.GetSection("Content:Scheduling"));
        services.AddHostedService<ScheduledPublishingService>();
    }
}

public static class ContentServiceCollectionExtensions
{
    /// <summary>Subscribes a handler to content events (other modules use this too, e.g. workflows).</summary>
    public static IServiceCollection AddContentHandler<T>(this IServiceCollection services)
        where T : class, IContentHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentHandler, T>());
        return services;
    }
}
