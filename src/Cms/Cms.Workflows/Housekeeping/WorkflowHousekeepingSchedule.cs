using Cms.Core.Data;
using Cms.Core.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Cms.Workflows.Housekeeping;

/// <summary>
/// Keeps the one recurring housekeeping row in the work queue at start-up: queued if missing, moved if the cron was changed,
/// left as it is otherwise. Several nodes starting at once store one row (a key already queued is a no-op).
/// </summary>
public sealed class WorkflowHousekeepingSchedule(IServiceScopeFactory scopes, IOptions<WorkflowHousekeepingOptions> options) : IHostedService
{
    public const string Key = WorkflowHousekeepingHandler.WorkKind;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IWorkQueue>().ScheduleRecurringAsync(WorkflowHousekeepingHandler.WorkKind, Key, options.Value.Cron, cancellationToken: cancellationToken);
        await scope.ServiceProvider.GetRequiredService<LtkDbContext>().SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
