using Cms.Core.Data;
using Cms.Core.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Cms.Email.Services;

/// <summary>The outbox in <c>/health</c>: how many mails wait to be sent and how many failed; degraded and unhealthy by backlog. Concurrent probes share one run, and its figures answer for a second.</summary>
public sealed class OutboxHealthCheck(IServiceScopeFactory scopes, IOptions<EmailOptions> options, TimeProvider clock) : SharedHealthCheck(clock, CountsLifetime)
{
    protected override async Task<HealthCheckResult> RunAsync(HealthStatus failureStatus)
    {
        var cancellationToken = CancellationToken.None;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var counts = await OutboxCounts.ReadAsync(scope.ServiceProvider.GetRequiredService<LtkDbContext>(), cancellationToken);
            var data = new Dictionary<string, object> { ["backlog"] = counts.Backlog, ["failed"] = counts.Failed };
            var status = counts.Backlog >= options.Value.UnhealthyBacklog ? HealthStatus.Unhealthy
                : counts.Backlog >= options.Value.DegradedBacklog ? HealthStatus.Degraded
                : HealthStatus.Healthy;
            return new HealthCheckResult(status, status == HealthStatus.Healthy ? null : "Many mails are waiting to be sent.", data: data);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new HealthCheckResult(failureStatus, "The outbox cannot be read.", ex);
        }
    }
}
