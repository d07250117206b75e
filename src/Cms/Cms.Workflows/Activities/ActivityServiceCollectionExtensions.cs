using Cms.Workflows.Activities.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.Workflows.Activities;

public static class ActivityServiceCollectionExtensions
{
    /// <summary>Adds an activity workflow types can use (a module's own events and tasks included).</summary>
    public static IServiceCollection AddActivity<T>(this IServiceCollection services)
        where T : Activity
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<Activity, T>());
        return services;
    }

    /// <summary>Adds where a kind of setting's choices come from (the site's roles, its content types).</summary>
    public static IServiceCollection AddActivitySettingOptions<T>(this IServiceCollection services)
        where T : class, IActivitySettingOptionsSource
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IActivitySettingOptionsSource, T>());
        return services;
    }
}
