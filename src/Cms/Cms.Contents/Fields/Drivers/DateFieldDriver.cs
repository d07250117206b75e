using System.Globalization;
using Cms.Contents.Localization;
using Cms.Contents.Models;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Fields;

/// <summary>DateField: a calendar date, stored as yyyy-MM-dd.</summary>
public sealed class DateFieldDriver(IStringLocalizer<ContentStrings> T) : ContentFieldDriver<DateField>
{
    public override string EditorView => "~/Areas/Admin/Views/Content/Fields/DateField.cshtml";

    public override ValueTask<object?> EditAsync(DateField field, FieldContext context, CancellationToken cancellationToken)
    {
        context.SetInput("Value", field.Value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
        return default;
    }

    public override ValueTask UpdateAsync(DateField field, FieldContext context, CancellationToken cancellationToken)
    {
        field.Value = FieldDriverSupport.ReadValue<DateOnly>(context, T, context.Settings<DateFieldSettings>().Required, T["{0} must be a date like 25.11.2026.", context.Label], text => FieldDriverSupport.TryParseDate(text, out var date) ? date : null);
        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(DateField field, FieldContext context, CancellationToken cancellationToken) =>
        new(field.Value is { } date ? ContentDisplay.FromText(date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)) : ContentDisplay.Empty);
}
