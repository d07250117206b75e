using System.Text.Json.Nodes;
using Cms.Contents.Drivers;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Services;

namespace Cms.Contents.Fields;

/// <summary>A field of an item's part in an editor or display: where its inputs live in the form and how it is defined.</summary>
public sealed class FieldContext(string partName, ContentPartFieldDefinition definition, string prefix, string label, ContentItem item, ContentEditorForm? form, bool isNew, bool isPosted)
    : ContentElementContext(item, prefix, label, form, isNew, isPosted)
{
    /// <summary>The part's property in the item's JSON that holds the field.</summary>
    public string PartName { get; } = partName;

    public ContentPartFieldDefinition Definition { get; } = definition;

    public string? Hint => Definition.FieldSettings.Description;

    public string Editor => Definition.FieldSettings.Editor ?? "";

    public override JsonObject? Json => Item.TryGetPart(PartName)?[Definition.Name] as JsonObject;

    public override T Settings<T>() => Definition.Settings.GetSettings<T>();
}
