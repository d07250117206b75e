using System.Threading.RateLimiting;
using Cms.Contents;
using Cms.Contents.Events;
using Cms.Core.Modules;
using Cms.Core.Work;
using Cms.Forms.Controllers;
using Cms.Forms.Data;
using Cms.Forms.Editors;
using Cms.Forms.Receipts;
using Cms.Forms.Services;
using Cms.Forms.Settings;
using Cms.Admin.Settings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.Forms;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModelContributor<FormsModelContributor>();
        services.AddPermissionProvider<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddSiteSettingsSection<FormsSettingsEditor>();
        services.AddContentHandler<FormSubmissionOwnerHandler>();
        services.AddEventHandler<ContentPurged, PurgedItemFormFiles>();
        services.AddContentTypeAccessProvider<FormSubmissionAccess>();
        services.AddContentTypeCheck<FormPathCheck>();
        services.AddContentField<FileFieldDriver>();

        services.AddSingleton<FormAddresses>();
        services.AddScoped<FormCatalog>();
        services.AddScoped<FormProcessor>();
        services.AddScoped<FormSubmissionService>();
        services.AddScoped<ReferenceNumbers>();
        services.AddScoped<UnclaimedFormFiles>();
        services.AddScoped<FormDraftService>();
        services.AddWorkHandler<FormDraftHousekeepingHandler>();
        var draftCleanup = Configuration.GetValue("Forms:Drafts:CleanupCron", "45 3 * * *")!;
        services.AddRecurringWork(FormDraftHousekeepingHandler.WorkKind, FormDraftHousekeepingHandler.Key, _ => draftCleanup);
        services.AddSingleton<FormStateProtector>();
        // Transient, as the routing requires of a transformer mapped with a state.
        services.AddTransient<FormRouteTransformer>();
        services.Configure<FormFileOptions>(Configuration.GetSection("Forms:Files"));
        services.TryAddSingleton<IFormFileStore, FileSystemFormFileStore>();

        services.AddFormElementEditor<TextFormElementEditor>();
        services.AddFormElementEditor<EmailFormElementEditor>();
        services.AddFormElementEditor<NumericFormElementEditor>();
        services.AddFormElementEditor<DateFormElementEditor>();
        services.AddFormElementEditor<BooleanFormElementEditor>();
        services.AddFormElementEditor<ChoiceFormElementEditor>();
        services.AddFormElementEditor<FileFormElementEditor>();

        var postsPerMinute = Configuration.GetValue("Forms:PostsPerMinute", 30);
        services.AddRateLimitPolicy(FormRateLimits.Posts, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = postsPerMinute, Window = TimeSpan.FromMinutes(1) }));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        // Before the content pages' catch-all (int.MaxValue); the transformer answers only for form addresses.
        endpoints.MapDynamicControllerRoute<FormRouteTransformer>("{**path}", state: new object(), order: int.MaxValue - 1);
}

public static class FormServiceCollectionExtensions
{
    /// <summary>Adds how a field type or a part appears on public forms (<see cref="IFormElementEditor"/>).</summary>
    public static IServiceCollection AddFormElementEditor<T>(this IServiceCollection services)
        where T : class, IFormElementEditor
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IFormElementEditor, T>());
        return services;
    }

    /// <summary>Adds a check across a form's answers, with errors and warnings (<see cref="IFormCheck"/>).</summary>
    public static IServiceCollection AddFormCheck<T>(this IServiceCollection services)
        where T : class, IFormCheck
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IFormCheck, T>());
        return services;
    }

    /// <summary>Adds sections to the receipts of the content types the contributor knows (<see cref="IFormReceiptContributor"/>).</summary>
    public static IServiceCollection AddFormReceiptContributor<T>(this IServiceCollection services)
        where T : class, IFormReceiptContributor
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IFormReceiptContributor, T>());
        return services;
    }
}
