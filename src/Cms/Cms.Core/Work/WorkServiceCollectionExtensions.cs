using Cms.Core.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.Core.Work;

public static class WorkServiceCollectionExtensions
{
    /// <summary>Registers a handler of one kind of queued work (scoped, like event handlers).</summary>
    public static IServiceCollection AddWorkHandler<T>(this IServiceCollection services)
        where T : class, IWorkHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IWorkHandler, T>());
        return services;
    }

    /// <summary>The work queue, its runner, the node's background loop and its health check (<c>Work:*</c>).</summary>
    internal static IServiceCollection AddWorkQueue(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WorkOptions>(configuration.GetSection("Work"));
        services.AddSingleton<WorkSignal>();
        services.AddSingleton<WorkRunner>();
        services.AddScoped<IWorkQueue, WorkQueue>();
        services.AddHostedService<WorkLoop>();
        services.AddSharedHealthCheck<WorkHealthCheck>("work");
        return services;
    }
}
