using Cms.Contents.Services;

namespace Cms.Contents.Handlers;

/// <summary>
/// Keeps <see cref="PublishedContentStore"/> in step with this node's changes: the items published, unpublished or
/// removed in a unit of work are read again once it commits. Runs before <see cref="OutputCacheEvictionHandler"/>, so
/// the store has the new state before cached pages are evicted and rendered again.
/// </summary>
public sealed class PublishedContentStoreHandler(ContentCommitActions afterCommit, PublishedContentStore store) : ContentHandlerBase
{
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);

    public override int Order => -1;

    public override Task PublishedAsync(ContentContext context, CancellationToken cancellationToken) => Changed(context);

    public override Task UnpublishedAsync(ContentContext context, CancellationToken cancellationToken) => Changed(context);

    public override Task RemovedAsync(ContentContext context, CancellationToken cancellationToken) => Changed(context);

    private Task Changed(ContentContext context)
    {
        if (_changed.Count == 0)
        {
            afterCommit.Add(RefreshAsync);
        }

        _changed.Add(context.Item.ContentItemId);
        return Task.CompletedTask;
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var ids = _changed.ToList();
        _changed.Clear();
        await store.RefreshAsync(ids, cancellationToken);
    }
}
