using Cms.Contents.Models;
using Cms.Contents.Services;

namespace Cms.Contents.Parts;

/// <summary>The model of a part editor partial, with the editors of the part's fields.</summary>
public sealed record PartEditor(PartContext Part, IContentPartDriver? Driver, ContentEditorForm Form, object? Data, IReadOnlyList<FieldEditorEntry> Fields, ContentItem Item, bool IsNew)
{
    public string Id(string property) => Part.Name(property);

    public string Value(string property) => Form.Get(Part.Name(property));

    public string? Error(string property) => Form.Errors.GetValueOrDefault(Part.Name(property));

    public string? DescribedBy(string property, bool hint = false)
    {
        var ids = new List<string>();
        if (hint)
        {
            ids.Add(Part.Name(property) + "-hint");
        }

        if (Error(property) is not null)
        {
            ids.Add(Part.Name(property) + "-error");
        }

        return ids.Count == 0 ? null : string.Join(' ', ids);
    }
}
