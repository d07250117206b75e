using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cms.Core.Health;

/// <summary>
/// A check behind <c>/health</c> whose callers share one run: probes that arrive while a check runs get its result, so a
/// flood of probes costs the database one check at a time, and no answer is older than the check it waited for. The
/// run does not take a caller's cancellation token, because other callers wait for it too.
/// </summary>
public abstract class SharedHealthCheck : IHealthCheck
{
    private readonly Lock _gate = new();
    private Task<HealthCheckResult>? _running;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return _running ??= RunSharedAsync(context.Registration.FailureStatus);
        }
    }

    /// <summary>The check itself; <paramref name="failureStatus"/> is what its registration reports on failure.</summary>
    protected abstract Task<HealthCheckResult> RunAsync(HealthStatus failureStatus);

    private async Task<HealthCheckResult> RunSharedAsync(HealthStatus failureStatus)
    {
        // Finish asynchronously, so the shared task is stored before it clears itself.
        await Task.Yield();
        try
        {
            return await RunAsync(failureStatus);
        }
        finally
        {
            lock (_gate)
            {
                _running = null;
            }
        }
    }
}
