using Cms.Core.Data;
using Cms.Core.Events;
using Cms.Core.Navigation;
using Cms.Core.Recipes;
using Cms.Core.Security;
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
}
