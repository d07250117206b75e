using Cms.Contents.Metadata;
using Cms.Contents.Models;

namespace Cms.Contents.Events;

/// <summary>A version went live; Previous is the version it replaced, if any.</summary>
public sealed record ContentPublished(ContentItem Item, ContentTypeDefinition? Type, ContentItem? Previous = null) : ContentEvent(Item, Type, Previous);
