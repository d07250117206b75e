using Cms.Contents.Metadata;
using Cms.Contents.Models;

namespace Cms.Contents.Events;

/// <summary>A save made a new version of an item; Previous is the version it was made from.</summary>
public sealed record ContentVersioned(ContentItem Item, ContentTypeDefinition? Type, ContentItem? Previous = null) : ContentEvent(Item, Type, Previous);
