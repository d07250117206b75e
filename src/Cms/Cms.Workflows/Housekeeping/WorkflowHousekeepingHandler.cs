using Cms.Core.Data;
using Cms.Core.Work;
using Cms.Workflows.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cms.Workflows.Housekeeping;

/// <summary>
/// The nightly tidy-up of the workflow tables: event receipts older than their window, and finished or aborted instances older
/// than the retention with their journal and blocking rows. A halted, running or faulted instance is never touched. Deletes go
/// in batches, each its own short write, so a run that stops halfway has kept what it did and the next one goes on.
/// </summary>
public sealed partial class WorkflowHousekeepingHandler(LtkDbContext db, TimeProvider clock, IOptions<WorkflowHousekeepingOptions> options, ILogger<WorkflowHousekeepingHandler> logger) : IWorkHandler
{
    public const string WorkKind = "workflow.housekeeping";

    public string Kind => WorkKind;

    public async Task<WorkResult> HandleAsync(WorkContext work, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var batch = Math.Max(1, settings.BatchSize);
        var now = clock.GetUtcNow().UtcDateTime;
        var receipts = await DeleteReceiptsAsync(now.AddDays(-settings.EventReceiptDays), batch, cancellationToken);
        var instances = await DeleteInstancesAsync(now.AddDays(-settings.FinishedInstanceDays), batch, cancellationToken);
        LogDone(logger, receipts, instances);
        return WorkResult.Done;
    }

    private async Task<int> DeleteReceiptsAsync(DateTime before, int batch, CancellationToken cancellationToken)
    {
        var total = 0;
        int deleted;
        do
        {
            deleted = await db.Set<WorkflowEventReceipt>().Where(r => r.ReceivedUtc < before).OrderBy(r => r.ReceivedUtc).Take(batch)
                .ExecuteDeleteAsync(cancellationToken);
            total += deleted;
        }
        while (deleted == batch);

        return total;
    }

    private async Task<int> DeleteInstancesAsync(DateTime before, int batch, CancellationToken cancellationToken)
    {
        var total = 0;
        List<string> ids;
        do
        {
            ids = await Ended(before).OrderBy(i => i.Id).Select(i => i.WorkflowId).Take(batch).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }

            // The journal and blocking rows first and the instances last, in one transaction: never an instance without its journal.
            await using var unit = await db.BeginUnitOfWorkAsync(cancellationToken);
            await db.Set<WorkflowJournalEntry>().Where(j => ids.Contains(j.WorkflowId)).ExecuteDeleteAsync(cancellationToken);
            await db.Set<BlockingActivity>().Where(b => ids.Contains(b.WorkflowId)).ExecuteDeleteAsync(cancellationToken);
            total += await Ended(before).Where(i => ids.Contains(i.WorkflowId)).ExecuteDeleteAsync(cancellationToken);
            await unit.CommitAsync(cancellationToken);
        }
        while (ids.Count == batch);

        return total;
    }

    /// <summary>Instances that ended before the cut-off; the status is checked again at the delete, in case one changed meanwhile.</summary>
    private IQueryable<WorkflowInstance> Ended(DateTime before) =>
        db.Set<WorkflowInstance>().Where(i => (i.Status == WorkflowStatus.Finished || i.Status == WorkflowStatus.Aborted) && i.FinishedUtc != null && i.FinishedUtc < before);

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflow housekeeping deleted {Receipts} old event receipt(s) and {Instances} ended instance(s)")]
    private static partial void LogDone(ILogger logger, int receipts, int instances);
}
