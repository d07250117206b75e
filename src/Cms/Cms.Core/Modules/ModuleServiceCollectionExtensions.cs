using Cms.Core.Data;
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
}
