using Cms.Contents.Models;
using Cms.Core.Data;
using Cms.Core.Work;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Cms.Contents.Indexing;

/// <summary>
/// Writes one batch of an index provider's stale rows again from the items' latest versions. A full batch queues the
/// next one after the last id it took (a new row, so an item that still reads as stale cannot keep the chain going round),
/// so a large site is brought up to date in short transactions, each batch on whichever node claims it.
/// </summary>
public sealed partial class ContentIndexBackfillHandler(
    IEnumerable<IContentIndexProvider> providers,
    LtkDbContext db,
    IWorkQueue queue,
    ILogger<ContentIndexBackfillHandler> logger) : IWorkHandler
{
    public const string WorkKind = "content-index-backfill";
    public const int BatchSize = 200;

    public string Kind => WorkKind;

    /// <summary>The key of a provider's backfill from its start, at its current version.</summary>
    public static string KeyOf(IContentIndexProvider provider) => $"{WorkKind}:{provider.Name}:v{provider.Version}";

    public async Task<WorkResult> HandleAsync(WorkContext work, CancellationToken cancellationToken)
    {
        var batch = work.Payload<ContentIndexBackfillBatch>();
        // A provider whose module is no longer enabled has nothing to backfill.
        if (batch is null || providers.FirstOrDefault(p => p.Name == batch.Provider) is not { } provider)
        {
            return WorkResult.Done;
        }

        var ids = await provider.StaleAsync(batch.After, BatchSize, cancellationToken);
        if (ids.Count == 0)
        {
            return WorkResult.Done;
        }

        var items = await db.Set<ContentItem>()
            .Where(i => ids.Contains(i.ContentItemId) && i.Latest && i.DeletedUtc == null)
            .ToListAsync(cancellationToken);
        foreach (var item in items)
        {
            await provider.IndexAsync(item, cancellationToken);
        }

        LogBatch(logger, items.Count, provider.Name, provider.Version);
        if (ids.Count == BatchSize)
        {
            var last = ids[^1];
            await queue.EnqueueAsync(WorkKind, $"{KeyOf(provider)}:{last}", new ContentIndexBackfillBatch(provider.Name, last), cancellationToken: cancellationToken);
        }

        return WorkResult.Done;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-indexed {Count} item(s) for {Provider} (version {Version})")]
    private static partial void LogBatch(ILogger logger, int count, string provider, int version);
}
