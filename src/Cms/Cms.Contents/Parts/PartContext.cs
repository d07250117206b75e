using System.Text.Json.Nodes;
using Cms.Contents.Drivers;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Services;

namespace Cms.Contents.Parts;

/// <summary>A part of an item in an editor or display: <see cref="ContentElementContext.Prefix"/> is its property in the item's JSON and its form-name prefix.</summary>
public sealed class PartContext(ContentTypePartDefinition typePart, string label, ContentItem item, ContentEditorForm? form, bool isNew, bool isPosted)
    : ContentElementContext(item, typePart.Name, label, form, isNew, isPosted)
{
    public ContentTypePartDefinition TypePart { get; } = typePart;

    public override JsonObject? Json => Item.TryGetPart(Prefix);

    public override T Settings<T>() => TypePart.Settings.GetSettings<T>();
}
