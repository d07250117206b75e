using System.Threading.RateLimiting;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Events;
using Cms.Core.Navigation;
using Cms.Core.Recipes;
using Cms.Core.Routing;
using Cms.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.Core.Modules;

/// <summary>The registrations a module's Startup makes to plug into the host, one line each.</summary>
public static class ModuleServiceCollectionExtensions
{
    public static IServiceCollection AddPermissionProvider<T>(this IServiceCollection services)
        where T : class, IPermissionProvider
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPermissionProvider, T>());
        return services;
    }

    /// <summary>Registers a loader that runs before pages read permissions that depend on stored data.</summary>
    public static IServiceCollection AddPermissionLoader<T>(this IServiceCollection services)
        where T : class, IPermissionLoader
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IPermissionLoader, T>());
        return services;
    }

    public static IServiceCollection AddAdminMenu<T>(this IServiceCollection services)
        where T : class, IAdminMenuProvider
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAdminMenuProvider, T>());
        return services;
    }

    public static IServiceCollection AddModelContributor<T>(this IServiceCollection services)
        where T : class, IModelContributor
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IModelContributor, T>());
        return services;
    }

    public static IServiceCollection AddRecipeStep<T>(this IServiceCollection services)
        where T : class, IRecipeStepHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IRecipeStepHandler, T>());
        return services;
    }

    /// <summary>Subscribes a handler to an event another module (or this one) publishes.</summary>
    public static IServiceCollection AddEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : class
        where THandler : class, IEventHandler<TEvent>
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IEventHandler<TEvent>, THandler>());
        return services;
    }

    /// <summary>Subscribes a handler to every event it implements <see cref="IEventHandler{TEvent}"/> for.</summary>
    public static IServiceCollection AddEventHandlers<THandler>(this IServiceCollection services)
        where THandler : class
    {
        var interfaces = typeof(THandler).GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEventHandler<>))
            .ToList();
        if (interfaces.Count == 0)
        {
            throw new InvalidOperationException($"{typeof(THandler).Name} handles no event: it implements no IEventHandler<TEvent>.");
        }

        foreach (var handlerInterface in interfaces)
        {
            services.TryAddEnumerable(ServiceDescriptor.Scoped(handlerInterface, typeof(THandler)));
        }

        return services;
    }

    /// <summary>First path segments that belong to this module's own endpoints, so content cannot take them.</summary>
    public static IServiceCollection AddReservedPaths(this IServiceCollection services, params string[] firstSegments)
    {
        services.Configure<SitePathOptions>(o => o.ReservedSegments.UnionWith(firstSegments));
        return services;
    }

    /// <summary>Addresses only staff use (reserved for content as well), e.g. <c>/admin</c> or <c>/preview</c>.</summary>
    public static IServiceCollection AddStaffOnlyPaths(this IServiceCollection services, params string[] prefixes)
    {
        services.Configure<SitePathOptions>(o =>
        {
            o.StaffOnlyPrefixes.AddRange(prefixes.Select(p => new PathString(p)));
            o.ReservedSegments.UnionWith(prefixes.Select(p => p.TrimStart('/').Split('/')[0]));
        });
        return services;
    }

    /// <summary>A category of the audit trail this module writes, with its display name in <typeparamref name="TStrings"/>.</summary>
    public static IServiceCollection AddAuditTrailCategory<TStrings>(this IServiceCollection services, string name, string displayName)
    {
        services.Configure<AuditTrailOptions>(o =>
        {
            if (!o.Categories.Exists(c => c.Name == name))
            {
                o.Categories.Add(new AuditTrailCategory(name, displayName, typeof(TStrings)));
            }
        });
        return services;
    }

    /// <summary>A rate-limit policy an endpoint of this module names with <c>[EnableRateLimiting(name)]</c>.</summary>
    public static IServiceCollection AddRateLimitPolicy(this IServiceCollection services, string name, Func<HttpContext, RateLimitPartition<string>> partitioner)
    {
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(name, partitioner));
        return services;
    }

    /// <summary>A widget on the admin dashboard.</summary>
    /// <summary>Adds a number beside an admin menu entry (<see cref="IAdminMenuCounter"/>).</summary>
    public static IServiceCollection AddAdminMenuCounter<T>(this IServiceCollection services)
        where T : class, IAdminMenuCounter
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAdminMenuCounter, T>());
        return services;
    }

    public static IServiceCollection AddDashboardWidget<T>(this IServiceCollection services)
        where T : class, IDashboardWidgetProvider
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDashboardWidgetProvider, T>());
        return services;
    }
}
