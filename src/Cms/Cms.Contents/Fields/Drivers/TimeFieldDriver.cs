using System.Globalization;
using Cms.Contents.Localization;
using Cms.Contents.Models;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Fields;

/// <summary>TimeField: a time of day, stored as HH:mm.</summary>
public sealed class TimeFieldDriver(IStringLocalizer<ContentStrings> T) : ContentFieldDriver<TimeField>
{
    public override string EditorView => "~/Areas/Admin/Views/Content/Fields/TimeField.cshtml";

    public override ValueTask<object?> EditAsync(TimeField field, FieldContext context, CancellationToken cancellationToken)
    {
        context.SetInput("Value", Format(field.Value));
        return default;
    }

    public override ValueTask UpdateAsync(TimeField field, FieldContext context, CancellationToken cancellationToken)
    {
        field.Value = FieldDriverSupport.ReadValue<TimeOnly>(context, T, context.Settings<TimeFieldSettings>().Required, T["{0} must be a time like 14:30.", context.Label], text => FieldDriverSupport.TryParseTime(text, out var time) ? time : null);
        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(TimeField field, FieldContext context, CancellationToken cancellationToken) =>
        new(ContentDisplay.FromText(Format(field.Value)));

    private static string Format(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "";
}
