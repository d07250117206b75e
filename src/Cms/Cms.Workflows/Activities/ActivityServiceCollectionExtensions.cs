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
}
