using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cms.Core.Work;

/// <summary>
/// The node's one background loop over the work queue: runs what is due, then sleeps until a commit wakes it or the poll
/// interval has passed. Off when <c>Work:Enabled</c> is false (test sites drive <see cref="WorkRunner"/> themselves).
/// </summary>
public sealed partial class WorkLoop(WorkRunner runner, WorkSignal signal, TimeProvider clock, IOptions<WorkOptions> options, ILogger<WorkLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runner.RunDueWorkAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex, options.Value.PollInterval);
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The work loop could not read the queue; it tries again in {Interval}")]
    private static partial void LogFailed(ILogger logger, Exception exception, TimeSpan interval);
}
