using Cms.Contents.Metadata;
using Cms.Contents.Models;

namespace Cms.Contents.Events;

/// <summary>An item was deleted (restorable for the restore period).</summary>
public sealed record ContentDeleted(ContentItem Item, ContentTypeDefinition? Type, ContentItem? Previous = null) : ContentEvent(Item, Type, Previous);
