using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Core.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cms.Contents.Services;

/// <summary>
/// Keeps a node in step with changes other nodes make (docs/decisions/0019-published-content-store.md). Every
/// <see cref="PublishedContentOptions.CheckInterval"/> it reads a signature of the published rows (how many, the sum of
/// their row ids: a publish adds a new row id, an unpublish or delete takes one away) and the content definition's
/// serial. When the signature moved, it compares the published versions with the store's, reads the changed items
/// again and evicts their cached pages; when the serial moved, it forgets the definition and evicts every rendered page.
/// This node's own changes are already in the store, so they compare equal and evict nothing.
/// </summary>
public sealed class PublishedContentWatcher(
    IServiceScopeFactory scopes,
    PublishedContentStore store,
    ContentDefinitionCache definitions,
    IOutputCacheStore pages,
    IOptions<PublishedContentOptions> options,
    TimeProvider clock,
    ILogger<PublishedContentWatcher> logger) : BackgroundService
{
    private (int Count, long IdSum)? _published;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.CheckInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        var failures = 0;
        // A delay per round, not a PeriodicTimer: after a jump of the clock, one check rather than one per interval.
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(interval, clock, stoppingToken);
            try
            {
                await CheckAsync(stoppingToken);
                failures = 0;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A database away for a moment is the health check's news; a node that stays behind is this one's.
                if (++failures >= 3)
                {
                    logger.LogWarning(ex, "Could not check for content changes made by other nodes ({Failures} times in a row); trying again in {Interval}.", failures, interval);
                }
                else
                {
                    logger.LogDebug(ex, "Could not check for content changes made by other nodes; trying again at the next interval.");
                }
            }
        }
    }

    /// <summary>One check (public for tests): what other nodes changed since the last one is brought in.</summary>
    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LtkDbContext>();

        if (definitions.Serial is { } known
            && await db.Set<ContentDefinitionRecord>().Where(r => r.Id == 1).Select(r => (int?)r.Serial).FirstOrDefaultAsync(cancellationToken) is { } stored
            && stored != known)
        {
            definitions.Invalidate();
            await pages.EvictByTagAsync(OutputCacheTags.Rendering, CancellationToken.None);
        }

        var published = db.Set<ContentItem>().AsNoTracking().Where(i => i.Published && i.DeletedUtc == null);
        var signature = (await published.CountAsync(cancellationToken), await published.SumAsync(i => i.Id, cancellationToken));
        if (_published == signature || !store.IsLoaded)
        {
            _published = signature;
            return;
        }

        var snapshot = await store.GetAsync(cancellationToken);
        var versions = await published.Select(i => new { i.ContentItemId, i.ContentItemVersionId }).ToListAsync(cancellationToken);
        var now = versions.ToDictionary(v => v.ContentItemId, v => v.ContentItemVersionId, StringComparer.Ordinal);
        var changed = now.Where(v => snapshot.Find(v.Key)?.ContentItemVersionId != v.Value).Select(v => v.Key)
            .Concat(snapshot.Items.Keys.Where(id => !now.ContainsKey(id)))
            .ToList();
        if (changed.Count > 0)
        {
            var before = changed.Select(snapshot.Find).OfType<PublishedItem>().ToList();
            await store.RefreshAsync(changed, cancellationToken);
            var after = await store.GetAsync(cancellationToken);
            var tags = before.Concat(changed.Select(after.Find).OfType<PublishedItem>())
                .SelectMany(i => OutputCacheTags.ForChange(i.ToContentItem()))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var tag in tags)
            {
                await pages.EvictByTagAsync(tag, CancellationToken.None);
            }
        }

        _published = signature;
    }
}
