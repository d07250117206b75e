using Cms.Core.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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

    /// <summary>Keeps one recurring row of <paramref name="kind"/> in the queue, scheduled at start-up on the cron the options give.</summary>
    public static IServiceCollection AddRecurringWork(this IServiceCollection services, string kind, string key, Func<IServiceProvider, string> cron)
    {
        services.AddSingleton(new RecurringWork(kind, key, cron));
        services.AddHostedService<RecurringWorkSchedule>();
        return services;
    }

    /// <summary>The work queue, its runner, the node's background loop, its nightly clean-up and its health check (<c>Work:*</c>).</summary>
    internal static IServiceCollection AddWorkQueue(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WorkOptions>(configuration.GetSection("Work"));
        services.AddSingleton<WorkSignal>();
        services.AddSingleton<WorkRunner>();
        services.AddScoped<IWorkQueue, WorkQueue>();
        services.AddHostedService<WorkLoop>();
        services.AddWorkHandler<WorkCleanupHandler>();
        services.AddRecurringWork(WorkCleanupHandler.WorkKind, WorkCleanupSchedule.Key, s => s.GetRequiredService<IOptions<WorkOptions>>().Value.CleanupCron);
        services.AddSharedHealthCheck<WorkHealthCheck>("work");
        return services;
    }
}
