using Cms.Core.Caching;
using Cms.Contents.Dashboard;
using Cms.Contents.Data;
using Cms.Contents.Fields;
using Cms.Contents.Fields.Settings;
using Cms.Contents.Handlers;
using Cms.Contents.Indexing;
using Cms.Contents.Metadata;
using Cms.Contents.Parts;
using Cms.Contents.Recipes;
using Cms.Contents.Services;
using Cms.Contents.Localization;
using Cms.Core.Modules;
using Cms.Core.Rendering;
using Cms.Core.Routing;
using Cms.Core.Work;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Cms.Contents;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModelContributor<ContentModelContributor>();
        services.AddPermissionProvider<Permissions>();
        services.AddPermissionLoader<ContentPermissionLoader>();
        services.AddAdminMenu<AdminMenu>();
        services.AddDashboardWidget<RecentContentWidget>();
        services.AddStaffOnlyPaths("/preview");
        services.AddReservedPaths("error", "sitemap.xml", "robots.txt", "en", "da");
        services.AddAuditTrailCategory<ContentTypeStrings>("Content", "Content");
        services.AddAuditTrailCategory<ContentTypeStrings>("ContentType", "ContentType");
        services.AddAuditTrailCategory<ContentTypeStrings>("ContentPart", "ContentPart");
        services.AddAuditTrailCategory<ContentTypeStrings>("Recipe", "Recipe");

        services.AddSingleton<ContentDefinitionCache>();
        services.AddScoped<ContentDefinitionManager>();
        services.AddScoped<ContentDefinitionService>();
        services.AddScoped<ContentManager>();
        services.AddScoped<ContentTypeAccess>();
        services.AddSingleton<AutoroutePatternEvaluator>();

        services.AddContentHandler<TitlePartHandler>();
        services.AddContentHandler<LocalizationPartHandler>();
        services.AddContentHandler<ContainedPartHandler>();
        services.AddContentHandler<AutoroutePartHandler>();
        services.AddEventHandlers<AuditTrailContentHandler>();
        services.AddEventHandlers<PublishedContentStoreHandler>();
        services.AddEventHandlers<PageCacheContentHandler>();
        services.AddEventHandlers<RenderedContentCacheHandler>();
        services.AddSingleton<RenderedContentCache>();
        services.AddSingleton<IPageFragmentCache, PageFragmentCache>();
        services.AddScoped<PageCacheEviction>();

        services.AddScoped<FieldTypeCatalog>();
        services.AddScoped<ContentEditorService>();
        services.AddScoped<ContentDisplayService>();
        services.AddScoped<ContentRoutes>();
        services.AddSingleton<PublishedContentStore>();
        services.Configure<PublishedContentOptions>(Configuration.GetSection("Content:Published"));
        services.AddHostedService<PublishedContentWatcher>();
        services.AddScoped<CurrentContentItem>();
        services.AddScoped<ICurrentContentItem>(sp => sp.GetRequiredService<CurrentContentItem>());
        AddPublicPageCache(services);
        services.TryAddScoped<IContentItemRenderer, DefaultContentItemRenderer>();
        services.AddOptions<Microsoft.AspNetCore.Builder.RequestLocalizationOptions>().Configure<IOptions<SitePathOptions>>((o, paths) =>
            o.RequestCultureProviders.Insert(0, new Controllers.ContentPathCultureProvider { Options = o, Paths = paths.Value }));
        services.AddContentPart<TitlePartDriver>();
        services.AddContentPart<AutoroutePartDriver>();
        services.AddContentPart<HtmlBodyPartDriver>();
        services.AddContentPart<MarkdownBodyPartDriver>();
        services.AddContentPart<LocalizationPartDriver>();
        services.AddContentPart<SeoMetaPartDriver>();
        services.AddContentPart<ListPartDriver>();
        services.AddContentPartSettings<AutoroutePartSettingsEditor>();
        services.AddContentPartSettings<ListPartSettingsEditor>();
        services.AddContentPartSettings<HtmlBodyPartSettingsEditor>();
        services.AddContentPartSettings<MarkdownBodyPartSettingsEditor>();
        services.AddScoped<ContentPartCatalog>();
        services.AddContentField<TextFieldDriver>();
        services.AddContentFieldSettings<TextFieldSettingsEditor>();
        services.AddContentField<HtmlFieldDriver>();
        services.AddContentFieldSettings<HtmlFieldSettingsEditor>();
        services.AddContentField<MarkdownFieldDriver>();
        services.AddContentFieldSettings<MarkdownFieldSettingsEditor>();
        services.AddContentField<NumericFieldDriver>();
        services.AddContentFieldSettings<NumericFieldSettingsEditor>();
        services.AddContentField<BooleanFieldDriver>();
        services.AddContentFieldSettings<BooleanFieldSettingsEditor>();
        services.AddContentField<DateFieldDriver>();
        services.AddContentFieldSettings<DateFieldSettingsEditor>();
        services.AddContentField<DateTimeFieldDriver>();
        services.AddContentFieldSettings<DateTimeFieldSettingsEditor>();
        services.AddContentField<TimeFieldDriver>();
        services.AddContentFieldSettings<TimeFieldSettingsEditor>();
        services.AddContentField<LinkFieldDriver>();
        services.AddContentFieldSettings<LinkFieldSettingsEditor>();
        services.AddContentField<EmailFieldDriver>();
        services.AddContentFieldSettings<EmailFieldSettingsEditor>();
        services.AddContentField<ChoiceFieldDriver>();
        services.AddContentFieldSettings<ChoiceFieldSettingsEditor>();
        services.AddContentField<ContentPickerFieldDriver>();
        services.AddContentFieldSettings<ContentPickerFieldSettingsEditor>();

        services.AddScoped<RecipeRunLog>();
        services.AddScoped<RecipeRunner>();
        services.AddScoped<RecipeExportBuilder>();
        services.AddRecipeStep<ContentDefinitionRecipeStep>();
        services.AddRecipeStep<ContentRecipeStep>();

        services.Configure<ContentSchedulingOptions>(Configuration.GetSection("Content:Scheduling"));
        services.AddHostedService<ScheduledPublishingService>();
        services.AddWorkHandler<ContentIndexBackfillHandler>();
        services.AddHostedService<ContentIndexBackfillSchedule>();
    }

    /// <summary>The <c>PublicPage</c> output cache policy, with a store that does not take back pages evicted while they rendered.</summary>
    private static void AddPublicPageCache(IServiceCollection services)
    {
        services.AddSingleton<PublicQueryKeys>();
        // The public list pages' paging key (ListPart).
        services.AddPublicQueryKey("page");
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<PublicQueryKeys, EarlyPageCache>((o, keys, early) => o.AddPolicy(PublicPagePolicy.Name, new PublicPagePolicy(keys, early)));
        services.AddOptions<EarlyPageCacheOptions>().Configure<PublicQueryKeys>((o, keys) => o.QueryKeys = [.. keys.Keys.OfType<string>()]);
        var original = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(original);
        services.AddSingleton(sp => new EvictionAwareOutputCacheStore(
            original.ImplementationFactory?.Invoke(sp) as IOutputCacheStore
                ?? original.ImplementationInstance as IOutputCacheStore
                ?? (IOutputCacheStore)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!),
            sp.GetRequiredService<IHttpContextAccessor>(),
            sp.GetRequiredService<EarlyPageCache>()));
        services.AddSingleton<IOutputCacheStore>(sp => sp.GetRequiredService<EvictionAwareOutputCacheStore>());
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

    /// <summary>Adds a module's index table provider, whose older rows are written again at start-up (<see cref="IContentIndexProvider"/>).</summary>
    public static IServiceCollection AddContentIndexProvider<T>(this IServiceCollection services)
        where T : class, IContentIndexProvider
    {
        services.TryAddScoped<T>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentIndexProvider, T>(sp => sp.GetRequiredService<T>()));
        return services;
    }

    /// <summary>Adds a module's rule for content types, asked when a type is saved or imported (<see cref="IContentTypeCheck"/>).</summary>
    public static IServiceCollection AddContentTypeCheck<T>(this IServiceCollection services)
        where T : class, IContentTypeCheck
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentTypeCheck, T>());
        return services;
    }

    /// <summary>Closes some content types' items to the holders of given permissions (<see cref="IContentTypeAccessProvider"/>).</summary>
    public static IServiceCollection AddContentTypeAccessProvider<T>(this IServiceCollection services)
        where T : class, IContentTypeAccessProvider
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IContentTypeAccessProvider, T>());
        return services;
    }

    /// <summary>Declares a query string key a public page reads, so cached pages vary by it (<see cref="PublicQueryKeys"/>).</summary>
    public static IServiceCollection AddPublicQueryKey(this IServiceCollection services, string name)
    {
        services.AddSingleton(new PublicQueryKey(name));
        return services;
    }

    /// <summary>Adds the editor and display of a field type.</summary>
    public static IServiceCollection AddContentField<T>(this IServiceCollection services)
        where T : class, IContentFieldDriver
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentFieldDriver, T>());
        return services;
    }

    /// <summary>Adds the editor of a field type's own settings in a content type (beside the field's driver).</summary>
    public static IServiceCollection AddContentFieldSettings<T>(this IServiceCollection services)
        where T : class, IContentFieldSettingsEditor
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentFieldSettingsEditor, T>());
        return services;
    }

    /// <summary>Adds the editor of a part's settings in a content type (beside the part's driver).</summary>
    public static IServiceCollection AddContentPartSettings<T>(this IServiceCollection services)
        where T : class, IContentPartSettingsEditor
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentPartSettingsEditor, T>());
        return services;
    }

    /// <summary>Adds the editor and display of a part; the part is then offered in the content-type editor and known to recipes.</summary>
    public static IServiceCollection AddContentPart<T>(this IServiceCollection services)
        where T : class, IContentPartDriver
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentPartDriver, T>());
        return services;
    }
}
