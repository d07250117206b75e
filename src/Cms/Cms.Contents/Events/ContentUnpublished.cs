using Cms.Contents.Metadata;
using Cms.Contents.Models;

namespace Cms.Contents.Events;

/// <summary>An item left the public site; its latest version stays as a draft.</summary>
public sealed record ContentUnpublished(ContentItem Item, ContentTypeDefinition? Type, ContentItem? Previous = null) : ContentEvent(Item, Type, Previous);
