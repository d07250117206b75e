using Cms.Core.Data;
using Cms.Core.Health;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Cms.Core.Work;

/// <summary>
/// The work queue in <c>/health</c>: how long the oldest due row has waited, how many wait and how many failed. Degraded
/// or unhealthy once the oldest has waited longer than <see cref="WorkOptions.DegradedAfter"/> / <see cref="WorkOptions.UnhealthyAfter"/>.
/// Concurrent probes share one run, and its figures answer for a second (<see cref="SharedHealthCheck"/>).
/// </summary>
public sealed class WorkHealthCheck(IServiceScopeFactory scopes, TimeProvider clock, IOptions<WorkOptions> options) : SharedHealthCheck(clock, CountsLifetime)
{
    protected override async Task<HealthCheckResult> RunAsync(HealthStatus failureStatus)
    {
        var cancellationToken = CancellationToken.None;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var rows = scope.ServiceProvider.GetRequiredService<LtkDbContext>().Set<WorkItem>().AsNoTracking();
            var now = Clock.GetUtcNow().UtcDateTime;
            var due = rows.Where(w => w.Status == WorkStatus.Pending && w.DueUtc <= now);
            var oldest = await due.OrderBy(w => w.DueUtc).Select(w => new { w.DueUtc, w.Kind }).FirstOrDefaultAsync(cancellationToken);
            var dueCount = await due.CountAsync(cancellationToken);
            var failed = await rows.CountAsync(w => w.Status == WorkStatus.Failed, cancellationToken);
            var waited = oldest is null ? TimeSpan.Zero : now - oldest.DueUtc;
            var data = new Dictionary<string, object>
            {
                ["due"] = dueCount,
                ["failed"] = failed,
                ["oldestDueSeconds"] = (long)waited.TotalSeconds,
            };
            if (oldest is not null)
            {
                data["oldestDueKind"] = oldest.Kind;
                data["oldestDueUtc"] = DateTime.SpecifyKind(oldest.DueUtc, DateTimeKind.Utc);
            }

            var status = waited >= options.Value.UnhealthyAfter ? HealthStatus.Unhealthy
                : waited >= options.Value.DegradedAfter ? HealthStatus.Degraded
                : HealthStatus.Healthy;
            return new HealthCheckResult(status, status == HealthStatus.Healthy ? null : "Due work is waiting longer than it should.", data: data);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new HealthCheckResult(failureStatus, "The work queue cannot be read.", ex);
        }
    }
}
