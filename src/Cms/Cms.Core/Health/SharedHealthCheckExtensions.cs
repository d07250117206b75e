using Microsoft.Extensions.DependencyInjection;

namespace Cms.Core.Health;

public static class SharedHealthCheckExtensions
{
    /// <summary>
    /// Adds a check to <c>/health</c> as one instance for the site: the health service would otherwise create it per probe,
    /// and a <see cref="SharedHealthCheck"/> made anew each time shares nothing.
    /// </summary>
    public static IServiceCollection AddSharedHealthCheck<TCheck>(this IServiceCollection services, string name)
        where TCheck : SharedHealthCheck
    {
        services.AddSingleton<TCheck>();
        services.AddHealthChecks().AddCheck<TCheck>(name);
        return services;
    }
}
