using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Contents.Fields;
using Cms.Contents.Services;

namespace LtkSite.Tests.Modules;

/// <summary>GradeField: <c>{"Value": 7}</c>, from 0 to the field's highest grade — a field type from outside the CMS core.</summary>
public sealed class GradeFieldDriver : IContentFieldDriver
{
    public const string Name = "GradeField";

    public string FieldType => Name;

    public string EditorView => "~/Views/TestExtensions/GradeField.cshtml";

    public void WriteInputs(JsonObject? value, FieldContext field, ContentEditorForm form, bool isNew) =>
        form.Set(field.Name("Value"), value?["Value"]?.ToString() ?? "");

    public Task<JsonObject> UpdateAsync(FieldContext field, ContentEditorForm form, CancellationToken cancellationToken)
    {
        var highest = field.Settings<GradeFieldSettings>().Highest;
        var text = form.Get(field.Name("Value")).Trim();
        if (text.Length == 0)
        {
            return Task.FromResult(new JsonObject());
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var grade) || grade < 0 || grade > highest)
        {
            form.AddError(field.Name("Value"), $"Give a grade from 0 to {highest}.");
        }

        return Task.FromResult(new JsonObject { ["Value"] = grade });
    }

    public Task<ContentDisplay> DisplayAsync(JsonObject? value, FieldContext field, CancellationToken cancellationToken) =>
        Task.FromResult(value?["Value"] is { } grade ? new ContentDisplay(grade.ToString(), new Microsoft.AspNetCore.Html.HtmlContentBuilder().Append(grade.ToString())) : ContentDisplay.Empty);
}
