using Cms.Contents.Metadata;
using Cms.Forms.Editors;
using Cms.Forms.Models;

namespace Cms.Forms.Services;

/// <summary>
/// One element of a public form: a field of the type's parts (<see cref="Field"/>) or a whole part
/// (<see cref="Field"/> null), with its label and hint in the page's language, and the editor that renders it.
/// </summary>
public sealed class FormElement
{
    /// <summary>The part's property in the item (the type's own part carries the type's name).</summary>
    public required string PartName { get; init; }

    public required ContentTypePartDefinition TypePart { get; init; }

    public ContentPartFieldDefinition? Field { get; init; }

    /// <summary>Input-name prefix: <c>{Part}.{Field}</c> for a field, <c>{Part}</c> for a part.</summary>
    public required string Prefix { get; init; }

    public required string Label { get; init; }

    public string? Hint { get; init; }

    /// <summary>The limits in words (at most 500 characters, between 1 and 59.800), shown with the hint.</summary>
    public string? Limits { get; init; }

    public bool Required { get; init; }

    public required FormElementSettings Settings { get; init; }

    public required IFormElementEditor Editor { get; init; }

    public required string Step { get; init; }

    /// <summary>The form name (and element id) of one of the element's inputs.</summary>
    public string Name(string property) => $"{Prefix}.{property}";
}
