using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cms.Contents.Services;

public sealed class ContentSchedulingOptions
{
    /// <summary>How often scheduled drafts are checked; publishing happens within this much of the chosen time.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>Publishes scheduled drafts when they are due and purges items deleted more than 30 days ago.</summary>
public sealed partial class ScheduledPublishingService(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<ContentSchedulingOptions> options,
    ILogger<ScheduledPublishingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A delay per round, not a PeriodicTimer: when the clock jumps (a host woken from suspend, a test's clock moved
        // by days) the missed rounds are one round, not one for every interval that passed.
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.Interval, clock, stoppingToken);
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var published = await manager.PublishDueAsync(cancellationToken);
        if (published > 0)
        {
            LogPublished(logger, published);
        }

        await manager.PurgeDeletedAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Count} scheduled item(s)")]
    private static partial void LogPublished(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled publishing failed; it is tried again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
