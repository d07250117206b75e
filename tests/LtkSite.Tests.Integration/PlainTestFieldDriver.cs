using System.Text.Json.Nodes;
using Cms.Contents.Fields;
using Cms.Contents.Services;

namespace LtkSite.Tests.Integration;

/// <summary>A field type registered without a settings editor: its settings page offers the common settings only.</summary>
public sealed class PlainTestFieldDriver : IContentFieldDriver
{
    public const string Name = "PlainTestField";

    public string FieldType => Name;

    public string EditorView => "~/Areas/Admin/Views/Content/Fields/TextField.cshtml";

    public void WriteInputs(JsonObject? value, FieldContext field, ContentEditorForm form, bool isNew) =>
        form.Set(field.Name("Text"), value?["Text"]?.ToString() ?? "");

    public Task<JsonObject> UpdateAsync(FieldContext field, ContentEditorForm form, CancellationToken cancellationToken) =>
        Task.FromResult(new JsonObject { ["Text"] = form.Get(field.Name("Text")) });

    public Task<ContentDisplay> DisplayAsync(JsonObject? value, FieldContext field, CancellationToken cancellationToken) =>
        Task.FromResult(ContentDisplay.Empty);
}
