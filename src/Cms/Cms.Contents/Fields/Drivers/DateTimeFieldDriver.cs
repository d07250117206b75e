using System.Globalization;
using Cms.Contents.Localization;
using Cms.Contents.Models;
using Cms.Core.Localization;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Fields;

/// <summary>DateTimeField: entered as local time in the site's time zone, stored in UTC.</summary>
public sealed class DateTimeFieldDriver(SiteTimeZone siteTime, IStringLocalizer<ContentStrings> T) : ContentFieldDriver<DateTimeField>
{
    public override string EditorView => "~/Areas/Admin/Views/Content/Fields/DateTimeField.cshtml";

    public override ValueTask<object?> EditAsync(DateTimeField field, FieldContext context, CancellationToken cancellationToken)
    {
        var local = field.Value is { } utc ? siteTime.ToLocal(utc) : (DateTime?)null;
        context.SetInput("Date", local?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
        context.SetInput("Time", local?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "");
        return default;
    }

    public override ValueTask UpdateAsync(DateTimeField field, FieldContext context, CancellationToken cancellationToken)
    {
        var dateText = context.Input("Date");
        var timeText = context.Input("Time");
        field.Value = null;
        if (dateText.Length == 0 && timeText.Length == 0)
        {
            if (context.Settings<DateTimeFieldSettings>().Required)
            {
                context.AddError("Date", T["Fill in {0}.", context.Label]);
            }

            return default;
        }

        var dateOk = FieldDriverSupport.TryParseDate(dateText, out var date);
        var timeOk = FieldDriverSupport.TryParseTime(timeText, out var time);
        if (!dateOk)
        {
            context.AddError("Date", T["{0} must have a date like 25.11.2026.", context.Label]);
        }

        if (!timeOk)
        {
            context.AddError("Time", T["{0} must have a time like 14:30.", context.Label]);
        }

        if (dateOk && timeOk)
        {
            field.Value = siteTime.ToUtc(date.ToDateTime(time));
        }

        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(DateTimeField field, FieldContext context, CancellationToken cancellationToken) =>
        new(field.Value is { } utc ? ContentDisplay.FromText(siteTime.FormatDateTime(utc)) : ContentDisplay.Empty);
}
