using Cms.Contents.Metadata;
using Cms.Contents.Models;

namespace Cms.Contents.Events;

/// <summary>
/// What the content manager publishes about a change to an item (subscribe with
/// <c>services.AddEventHandler&lt;ContentPublished, T&gt;()</c>). <see cref="Item"/> is the version the event is
/// about, <see cref="Previous"/> the version before the change when there was one. Handlers must not change
/// the item: part handlers (<c>IContentHandler</c>) shape it before events are published.
/// </summary>
public abstract record ContentEvent(ContentItem Item, ContentTypeDefinition? Type, ContentItem? Previous);
