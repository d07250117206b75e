using Cms.Contents.Events;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Core.Events;

namespace Cms.Contents.Handlers;

/// <summary>
/// Keeps <see cref="PublishedContentStore"/> in step with this node's changes: the items published, unpublished or
/// deleted in a unit of work are read again once it commits, before the page cache is evicted
/// (<see cref="PageCacheEviction"/> runs last), so no page is rendered again from the old state.
/// </summary>
public sealed class PublishedContentStoreHandler(LtkDbContext db, PublishedContentStore store) :
    IEventHandler<ContentPublished>,
    IEventHandler<ContentUnpublished>,
    IEventHandler<ContentDeleted>
{
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);

    public int Order => -10;

    public Task HandleAsync(ContentPublished @event, CancellationToken cancellationToken) => Changed(@event);

    public Task HandleAsync(ContentUnpublished @event, CancellationToken cancellationToken) => Changed(@event);

    public Task HandleAsync(ContentDeleted @event, CancellationToken cancellationToken) => Changed(@event);

    private Task Changed(ContentEvent @event)
    {
        if (_changed.Count == 0)
        {
            db.AfterCommit.Add(nameof(PublishedContentStore), RefreshAsync);
        }

        _changed.Add(@event.Item.ContentItemId);
        return Task.CompletedTask;
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var ids = _changed.ToList();
        _changed.Clear();
        await store.RefreshAsync(ids, cancellationToken);
    }
}
