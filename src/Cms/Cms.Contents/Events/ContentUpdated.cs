using Cms.Contents.Metadata;
using Cms.Contents.Models;

namespace Cms.Contents.Events;

/// <summary>An item's content was saved (a new version or its draft in place).</summary>
public sealed record ContentUpdated(ContentItem Item, ContentTypeDefinition? Type, ContentItem? Previous = null) : ContentEvent(Item, Type, Previous);
