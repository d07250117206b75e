using Cms.Core.Data;
using Microsoft.AspNetCore.OutputCaching;

namespace Cms.Contents.Services;

/// <summary>
/// Evicts cached public pages by tag once the current unit of work has committed (scoped). The managers that
/// make a change call it (content, content definitions, templates), so a change made by a recipe evicts
/// exactly what the same change made in the editor does. Tags asked for several times in one unit of work
/// are evicted once, after the caches the pages are rendered from have been refreshed; a rollback evicts nothing.
/// </summary>
public sealed class PageCacheEviction(LtkDbContext db, IOutputCacheStore store)
{
    private readonly HashSet<string> _tags = new(StringComparer.Ordinal);

    public void Evict(params IEnumerable<string> tags)
    {
        var wasEmpty = _tags.Count == 0;
        _tags.UnionWith(tags);
        if (wasEmpty && _tags.Count > 0)
        {
            db.AfterCommit.Add(nameof(PageCacheEviction), EvictAsync, AfterCommitQueue.LateOrder);
        }
    }

    private async Task EvictAsync(CancellationToken cancellationToken)
    {
        var tags = _tags.ToList();
        _tags.Clear();
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }
}
