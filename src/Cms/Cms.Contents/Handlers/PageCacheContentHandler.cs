using Cms.Contents.Events;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Events;
using Cms.Core.Settings;

namespace Cms.Contents.Handlers;

/// <summary>
/// Evicts the cached pages an item change affects, once the change is committed: the item's pages, pages
/// listing its type, its translations' pages, the sitemap, and the home pages when it is one. Drafts saved
/// without publishing change no public page and evict nothing.
/// </summary>
public sealed class PageCacheContentHandler(PageCacheEviction eviction) :
    IEventHandler<ContentPublished>,
    IEventHandler<ContentUnpublished>,
    IEventHandler<ContentDeleted>,
    IEventHandler<ContentRestored>,
    IEventHandler<ContentUpdated>,
    IEventHandler<ContentDefinitionChanged>,
    IEventHandler<SiteSettingsChanged>
{
    public Task HandleAsync(ContentPublished @event, CancellationToken cancellationToken) => Evict(@event.Item);

    public Task HandleAsync(ContentUnpublished @event, CancellationToken cancellationToken) => Evict(@event.Item);

    public Task HandleAsync(ContentDeleted @event, CancellationToken cancellationToken) => Evict(@event.Item);

    public Task HandleAsync(ContentRestored @event, CancellationToken cancellationToken) => Evict(@event.Item);

    public Task HandleAsync(ContentUpdated @event, CancellationToken cancellationToken) =>
        @event.Item.Published ? Evict(@event.Item) : Task.CompletedTask;

    /// <summary>A changed type or part can change how every page looks.</summary>
    public Task HandleAsync(ContentDefinitionChanged @event, CancellationToken cancellationToken)
    {
        eviction.Evict(OutputCacheTags.Rendering);
        return Task.CompletedTask;
    }

    /// <summary>The site's name, languages and time zone show on every page.</summary>
    public Task HandleAsync(SiteSettingsChanged @event, CancellationToken cancellationToken)
    {
        eviction.Evict(OutputCacheTags.Rendering);
        return Task.CompletedTask;
    }

    private Task Evict(ContentItem item)
    {
        eviction.Evict(OutputCacheTags.ForChange(item));
        return Task.CompletedTask;
    }
}
