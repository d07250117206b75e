using System.Text.Json.Nodes;
using Cms.Contents.Metadata;
using Cms.Contents.Services;
using Microsoft.AspNetCore.Html;

namespace Cms.Contents.Fields;

/// <summary>A field of a part in an editor: where its inputs live in the form and how it is defined.</summary>
public sealed record FieldContext(string Prefix, ContentPartFieldDefinition Definition)
{
    public string Label => Definition.DisplayName;

    public string? Hint => Definition.FieldSettings.Description;

    public string Editor => Definition.FieldSettings.Editor ?? "";

    /// <summary>Form name of one of the field's properties, e.g. <c>Page.Intro.Text</c>.</summary>
    public string Name(string property) => $"{Prefix}.{property}";

    public T Settings<T>()
        where T : class, new() => Definition.Settings.GetSettings<T>();
}

/// <summary>How a value looks outside the editor: as text (for the version comparison) and as HTML (for pages).</summary>
public sealed record ContentDisplay(string Text, IHtmlContent Html)
{
    public static ContentDisplay Empty { get; } = new("", HtmlString.Empty);

    public static ContentDisplay FromText(string text) => new(text, new HtmlContentBuilder().Append(text));
}

/// <summary>
/// One field type: turns the stored value into editor inputs, validates and stores posted inputs, and
/// shows a value. Registered with <c>services.AddContentField&lt;T&gt;()</c>.
/// </summary>
public interface IContentFieldDriver
{
    /// <summary>The field type this driver handles, e.g. <c>TextField</c>.</summary>
    string FieldType { get; }

    /// <summary>
    /// The field's settings class (named "{FieldType}Settings", e.g. <c>MediaFieldSettings</c>) when it lives
    /// outside this assembly; the content-type editor offers the settings that class has.
    /// </summary>
    Type? SettingsType => null;

    /// <summary>The Razor partial that renders the editor (its model is a <see cref="FieldEditor"/>).</summary>
    string EditorView { get; }

    /// <summary>Fills the form's inputs from a stored value (or the field's default for a new item).</summary>
    void WriteInputs(JsonObject? value, FieldContext field, ContentEditorForm form, bool isNew);

    /// <summary>Reads, validates and converts the posted inputs; problems go to <paramref name="form"/>'s errors.</summary>
    Task<JsonObject> UpdateAsync(FieldContext field, ContentEditorForm form, CancellationToken cancellationToken);

    /// <summary>Data the editor needs beyond the inputs (e.g. the items a picker offers).</summary>
    Task<object?> EditorDataAsync(FieldContext field, CancellationToken cancellationToken) => Task.FromResult<object?>(null);

    /// <summary>
    /// As <see cref="EditorDataAsync(FieldContext, CancellationToken)"/>, with the editor's inputs: a picker reads
    /// its search and page from them (see <see cref="EditorRefresh"/>) and keeps the chosen values on offer.
    /// </summary>
    Task<object?> EditorDataAsync(FieldContext field, ContentEditorForm form, CancellationToken cancellationToken) => EditorDataAsync(field, cancellationToken);

    Task<ContentDisplay> DisplayAsync(JsonObject? value, FieldContext field, CancellationToken cancellationToken);
}

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

/// <summary>
/// The field types the site knows: the built-in ones and those other modules add with
/// <c>services.AddContentField&lt;T&gt;()</c>.
/// </summary>
public sealed class FieldTypeCatalog(IEnumerable<IContentFieldDriver> drivers)
{
    private readonly IReadOnlyList<IContentFieldDriver> _drivers = drivers.ToList();

    public IReadOnlyList<string> Names => FieldTypes.All.Concat(_drivers.Select(d => d.FieldType)).Distinct(StringComparer.Ordinal).ToList();

    public bool IsKnown(string fieldType) => Names.Contains(fieldType, StringComparer.Ordinal);

    /// <summary>The settings class of a field type, or null when it has none.</summary>
    public Type? SettingsClassOf(string fieldType) =>
        _drivers.FirstOrDefault(d => d.FieldType == fieldType)?.SettingsType
        ?? typeof(TextFieldSettings).Assembly.GetType($"{typeof(TextFieldSettings).Namespace}.{fieldType}Settings");
}
