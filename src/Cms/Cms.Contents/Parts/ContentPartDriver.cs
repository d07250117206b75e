using Cms.Contents.Fields;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Services;

namespace Cms.Contents.Parts;

/// <summary>A part of a type in an editor: <see cref="Prefix"/> is its property in the item's JSON and its form-name prefix.</summary>
public sealed record PartContext(ContentTypePartDefinition TypePart, string Label)
{
    public string Prefix => TypePart.Name;

    public string Name(string property) => $"{Prefix}.{property}";

    public T Settings<T>()
        where T : class, new() => TypePart.Settings.GetSettings<T>();
}

/// <summary>
/// The editor and display of a built-in part (its own properties; the part's fields have their own
/// drivers). Registered with <c>services.AddContentPart&lt;T&gt;()</c>.
/// </summary>
public interface IContentPartDriver
{
    string PartName { get; }

    /// <summary>The Razor partial of the editor (its model is a <see cref="PartEditor"/>).</summary>
    string EditorView { get; }

    void WriteInputs(ContentItem item, PartContext part, ContentEditorForm form);

    /// <summary>Validates the posted inputs and writes them into the item's part object.</summary>
    Task UpdateAsync(ContentItem item, PartContext part, ContentEditorForm form, CancellationToken cancellationToken);

    Task<object?> EditorDataAsync(ContentItem item, PartContext part, bool isNew, CancellationToken cancellationToken) => Task.FromResult<object?>(null);

    /// <summary>
    /// As <see cref="EditorDataAsync(ContentItem, PartContext, bool, CancellationToken)"/>, with the editor's inputs:
    /// a picker reads its filter, search and page from them.
    /// </summary>
    Task<object?> EditorDataAsync(ContentItem item, PartContext part, ContentEditorForm form, bool isNew, CancellationToken cancellationToken) =>
        EditorDataAsync(item, part, isNew, cancellationToken);

    /// <summary>What the part shows on the page and in the version comparison; null when it shows nothing.</summary>
    ContentDisplay? Display(ContentItem item, PartContext part) => null;
}

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

/// <summary>A field editor with the partial that renders it.</summary>
public sealed record FieldEditorEntry(string View, FieldEditor Editor);
