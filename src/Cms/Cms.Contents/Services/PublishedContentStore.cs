using Cms.Contents.Models;
using Cms.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cms.Contents.Services;

/// <summary>
/// The published site in memory, one per node (singleton): every published item and its paths, so public pages
/// (content pages, menus, lists, language links, the sitemap) render without a query. Loaded on the first read,
/// refreshed per item after a commit that published, unpublished or removed it (<see cref="Handlers.PublishedContentStoreHandler"/>),
/// and kept in step with other nodes by <see cref="PublishedContentWatcher"/> (docs/decisions/0019-published-content-store.md).
/// </summary>
public sealed class PublishedContentStore(IServiceScopeFactory scopes, ILogger<PublishedContentStore> logger) : IDisposable
{
    /// <summary>Above this many changed items in one commit (a recipe), reading everything again is cheaper.</summary>
    public const int FullReloadThreshold = 200;

    private readonly SemaphoreSlim _lock = new(1, 1);
    private volatile PublishedContentSnapshot? _current;

    /// <summary>Whether the store has loaded (a node that served no public page has nothing to keep fresh).</summary>
    public bool IsLoaded => _current is not null;

    /// <summary>The current state; the first call loads it.</summary>
    public ValueTask<PublishedContentSnapshot> GetAsync(CancellationToken cancellationToken = default) =>
        _current is { } current ? ValueTask.FromResult(current) : new ValueTask<PublishedContentSnapshot>(LoadAsync(cancellationToken));

    /// <summary>
    /// Reads the items again from the database (their published version, their paths), after a change to them is
    /// committed. Items no longer published leave the store.
    /// </summary>
    public async Task RefreshAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken = default)
    {
        if (contentItemIds.Count == 0)
        {
            return;
        }

        // Not cancellable: the change is committed, and the store must follow it.
        await _lock.WaitAsync(CancellationToken.None);
        try
        {
            // Not loaded yet: the first read will load the committed state.
            if (_current is not { } current)
            {
                return;
            }

            _current = contentItemIds.Count > FullReloadThreshold ? await ReadAllAsync(CancellationToken.None) : await PatchAsync(current, contentItemIds);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Unknown state: forget it, so the next read loads everything again.
            _current = null;
            logger.LogError(ex, "The published content could not be refreshed; it is loaded again on the next read.");
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();

    private async Task<PublishedContentSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            return _current ??= await ReadAllAsync(cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<PublishedContentSnapshot> ReadAllAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LtkDbContext>();
        var items = new Dictionary<string, PublishedItem>(StringComparer.Ordinal);
        // One row at a time, so the parsed documents do not all wait in memory at once.
        await foreach (var item in Published(db).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            items[item.ContentItemId] = new PublishedItem(item);
        }

        var paths = await db.Set<AutorouteEntry>().AsNoTracking()
            .Select(e => new PublishedPath(e.Culture, e.Path, e.ContentItemId, e.IsCurrent))
            .ToListAsync(cancellationToken);
        return new PublishedContentSnapshot(items, paths);
    }

    private async Task<PublishedContentSnapshot> PatchAsync(PublishedContentSnapshot current, IReadOnlyCollection<string> contentItemIds)
    {
        var ids = contentItemIds.Distinct(StringComparer.Ordinal).ToList();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LtkDbContext>();
        var fresh = await Published(db).Where(i => ids.Contains(i.ContentItemId)).ToListAsync();
        var freshPaths = await db.Set<AutorouteEntry>().AsNoTracking().Where(e => ids.Contains(e.ContentItemId))
            .Select(e => new PublishedPath(e.Culture, e.Path, e.ContentItemId, e.IsCurrent))
            .ToListAsync();

        var items = new Dictionary<string, PublishedItem>(current.Items, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            items.Remove(id);
        }

        foreach (var item in fresh)
        {
            items[item.ContentItemId] = new PublishedItem(item);
        }

        // A path the changed items hold now is no longer another item's (a home page or an old path taken over).
        var changed = new HashSet<string>(ids, StringComparer.Ordinal);
        var claimed = freshPaths.Select(p => (p.Culture, p.Path)).ToHashSet();
        var paths = current.Paths.Where(p => !changed.Contains(p.ContentItemId) && !claimed.Contains((p.Culture, p.Path))).Concat(freshPaths);
        return new PublishedContentSnapshot(items, paths);
    }

    private static IQueryable<ContentItem> Published(LtkDbContext db) =>
        db.Set<ContentItem>().AsNoTracking().Where(i => i.Published && i.DeletedUtc == null);
}
