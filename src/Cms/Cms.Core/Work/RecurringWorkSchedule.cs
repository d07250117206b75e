using Cms.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cms.Core.Work;

/// <summary>
/// Keeps each registered <see cref="RecurringWork"/> row at start-up: queued if missing, moved if its cron was changed, left as it
/// is otherwise. Several nodes starting at once store one row each (a key already queued is a no-op).
/// </summary>
public sealed class RecurringWorkSchedule(IServiceScopeFactory scopes, IEnumerable<RecurringWork> rows) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<IWorkQueue>();
        foreach (var row in rows)
        {
            await queue.ScheduleRecurringAsync(row.Kind, row.Key, row.Cron(scope.ServiceProvider), cancellationToken: cancellationToken);
        }

        await scope.ServiceProvider.GetRequiredService<LtkDbContext>().SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
