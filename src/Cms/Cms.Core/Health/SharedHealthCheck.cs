using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cms.Core.Health;

/// <summary>
/// A check behind <c>/health</c> whose callers share one run: probes that arrive while a check runs get its result, so a
/// flood of probes costs the database one check at a time, and no answer is older than the check it waited for. The
/// run does not take a caller's cancellation token, because other callers wait for it too.
/// </summary>
/// <remarks>
/// A check made with a <paramref name="resultLifetime"/> also answers from its last finished run for that long (by
/// <paramref name="clock"/>), so probes cost it nothing in between. A result with an exception (the check could not
/// read what it checks) is never reused: the next probe runs again, and a recovery shows at once.
/// </remarks>
public abstract class SharedHealthCheck(TimeProvider? clock = null, TimeSpan resultLifetime = default) : IHealthCheck
{
    /// <summary>How long checks that report counts (the work queue, the outbox) answer from their last run.</summary>
    public static readonly TimeSpan CountsLifetime = TimeSpan.FromSeconds(1);

    /// <summary>The clock the result lifetime is measured by (the site's, so tests can move it).</summary>
    protected TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    private readonly Lock _gate = new();
    private Task<HealthCheckResult>? _running;
    private Task<HealthCheckResult>? _last;
    private DateTimeOffset _lastAt;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_last is not null && Clock.GetUtcNow() - _lastAt < resultLifetime)
            {
                return _last;
            }

            return _running ??= RunSharedAsync(context.Registration.FailureStatus);
        }
    }

    /// <summary>The check itself; <paramref name="failureStatus"/> is what its registration reports on failure.</summary>
    protected abstract Task<HealthCheckResult> RunAsync(HealthStatus failureStatus);

    private async Task<HealthCheckResult> RunSharedAsync(HealthStatus failureStatus)
    {
        // Finish asynchronously, so the shared task is stored before it clears itself.
        await Task.Yield();
        HealthCheckResult? result = null;
        try
        {
            result = await RunAsync(failureStatus);
            return result.Value;
        }
        finally
        {
            lock (_gate)
            {
                _running = null;
                if (resultLifetime > TimeSpan.Zero && result is { Exception: null } kept)
                {
                    _last = Task.FromResult(kept);
                    _lastAt = Clock.GetUtcNow();
                }
            }
        }
    }
}
