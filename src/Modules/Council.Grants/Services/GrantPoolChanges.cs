using Cms.Contents.Services;
using Cms.Core.Data;

namespace Council.Grants.Services;

/// <summary>
/// Tells the grant page that a pool or its ledger changed: the cached pages that show what is left are evicted and the
/// page state is read again, both once the change is committed.
/// </summary>
public sealed class GrantPoolChanges(GrantPoolPageState pageState, PageCacheEviction eviction, LtkDbContext db)
{
    public void Changed()
    {
        eviction.Evict(GrantPoolPageState.CacheTag);
        db.AfterCommit.Add(nameof(GrantPoolPageState), _ =>
        {
            pageState.Changed();
            return Task.CompletedTask;
        });
    }
}
