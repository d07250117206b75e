using Cms.Contents.Services;

namespace Cms.Contents.Fields;

/// <summary>The model of a field editor partial.</summary>
public sealed record FieldEditor(FieldContext Field, ContentEditorForm Form, object? Data)
{
    public string Id(string property) => Field.Name(property);

    public string Value(string property) => Form.Get(Field.Name(property));

    public IReadOnlyList<string> Values(string property) => Form.GetAll(Field.Name(property));

    public string? Error(string property) => Form.Errors.GetValueOrDefault(Field.Name(property));

    /// <summary>Ids for aria-describedby: the hint and the error message, when there are any.</summary>
    public string? DescribedBy(string property, bool withHint = true)
    {
        var ids = new List<string>();
        if (withHint && !string.IsNullOrWhiteSpace(Field.Hint))
        {
            ids.Add(Field.Name(property) + "-hint");
        }

        if (Error(property) is not null)
        {
            ids.Add(Field.Name(property) + "-error");
        }

        return ids.Count == 0 ? null : string.Join(' ', ids);
    }
}
