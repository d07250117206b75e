using Cms.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cms.Core.Work;

/// <summary>
/// The queue's own nightly clean-up: done and cancelled rows older than <see cref="WorkOptions.KeepEndedDays"/> are deleted, in
/// batches, each its own short write. Pending rows (recurring ones among them) and failed rows, which wait for someone to retry
/// them, are never touched. Once its row is gone a key may be queued again: keys are unique within the kept days (decision 0038).
/// </summary>
public sealed partial class WorkCleanupHandler(LtkDbContext db, TimeProvider clock, IOptions<WorkOptions> options, ILogger<WorkCleanupHandler> logger) : IWorkHandler
{
    public const string WorkKind = "work.cleanup";

    public string Kind => WorkKind;

    public async Task<WorkResult> HandleAsync(WorkContext work, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var batch = Math.Max(1, settings.CleanupBatchSize);
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-Math.Max(0, settings.KeepEndedDays));
        var total = 0;
        int deleted;
        do
        {
            deleted = await db.Set<WorkItem>()
                .Where(w => (w.Status == WorkStatus.Done || w.Status == WorkStatus.Cancelled) && w.CompletedUtc != null && w.CompletedUtc < before)
                .OrderBy(w => w.Id).Take(batch)
                .ExecuteDeleteAsync(cancellationToken);
            total += deleted;
        }
        while (deleted == batch);

        LogDone(logger, total, settings.KeepEndedDays);
        return WorkResult.Done;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Work queue clean-up deleted {Count} done or cancelled row(s) older than {Days} days")]
    private static partial void LogDone(ILogger logger, int count, int days);
}
