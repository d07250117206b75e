using System.Globalization;
using Cms.Contents.Fields;

namespace LtkSite.Tests.Modules;

/// <summary>GradeField: from 0 to the field's highest grade — a field type from outside the CMS core, with its own settings editor.</summary>
public sealed class GradeFieldDriver : ContentFieldDriver<GradeField>
{
    public const string Name = nameof(GradeField);

    public override string EditorView => "~/Views/TestExtensions/GradeField.cshtml";

    public override ValueTask<object?> EditAsync(GradeField field, FieldContext context, CancellationToken cancellationToken)
    {
        context.SetInput("Value", field.Value?.ToString(CultureInfo.InvariantCulture) ?? "");
        return default;
    }

    public override ValueTask UpdateAsync(GradeField field, FieldContext context, CancellationToken cancellationToken)
    {
        var highest = context.Settings<GradeFieldSettings>().Highest;
        var text = context.Input("Value").Trim();
        field.Value = null;
        if (text.Length == 0)
        {
            return default;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var grade) || grade < 0 || grade > highest)
        {
            context.AddError("Value", $"Give a grade from 0 to {highest}.");
        }
        else
        {
            field.Value = grade;
        }

        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(GradeField field, FieldContext context, CancellationToken cancellationToken) =>
        new(field.Value is { } grade ? ContentDisplay.FromText(grade.ToString(CultureInfo.InvariantCulture)) : ContentDisplay.Empty);
}
