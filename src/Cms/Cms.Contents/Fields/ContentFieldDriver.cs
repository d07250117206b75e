using System.Text.Json.Nodes;
using Cms.Contents.Services;

namespace Cms.Contents.Fields;

/// <summary>
/// One field type: turns the stored value into editor inputs, validates and stores posted inputs, and
/// shows a value. Registered with <c>services.AddContentField&lt;T&gt;()</c>.
/// </summary>
public interface IContentFieldDriver
{
    /// <summary>The field type this driver handles, e.g. <c>TextField</c>.</summary>
    string FieldType { get; }

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
