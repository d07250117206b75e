using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Contents.Localization;
using Cms.Contents.Services;
using Cms.Core.Localization;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Fields;

/// <summary>NumericField: a number within the field's limits; Danish "12,5" and "12.5" are both accepted.</summary>
public sealed class NumericFieldDriver(IStringLocalizer<ContentStrings> T) : IContentFieldDriver
{
    public string FieldType => FieldTypes.Numeric;

    public string EditorView => "~/Areas/Admin/Views/Content/Fields/NumericField.cshtml";

    public void WriteInputs(JsonObject? value, FieldContext field, ContentEditorForm form, bool isNew)
    {
        var settings = field.Settings<NumericFieldSettings>();
        var number = FieldDriverSupport.GetDecimal(value, "Value");
        if (number is null && isNew && settings.DefaultValue is { } fallback && FieldDriverSupport.TryParseDecimal(fallback, out var parsed))
        {
            number = parsed;
        }

        form.Set(field.Name("Value"), number is { } n ? Format(n, settings) : "");
    }

    public Task<JsonObject> UpdateAsync(FieldContext field, ContentEditorForm form, CancellationToken cancellationToken)
    {
        var settings = field.Settings<NumericFieldSettings>();
        var name = field.Name("Value");
        var text = form.Get(name).Trim();
        var result = new JsonObject();
        if (text.Length == 0)
        {
            if (settings.Required)
            {
                form.AddError(name, T["Fill in {0}.", field.Label]);
            }

            result["Value"] = null;
            return Task.FromResult(result);
        }

        if (!FieldDriverSupport.TryParseDecimal(text, out var number))
        {
            form.AddError(name, T["{0} must be a number, e.g. 12 or 12,5.", field.Label]);
        }
        else if (decimal.Round(number, Math.Max(settings.Scale, 0)) != number)
        {
            form.AddError(name, settings.Scale <= 0
                ? T["{0} must be a whole number.", field.Label]
                : T["{0} can have at most {1} digits after the decimal comma.", field.Label, settings.Scale]);
        }
        else if (settings.Minimum is { } min && number < min)
        {
            form.AddError(name, T["{0} must be at least {1}.", field.Label, Format(min, settings)]);
        }
        else if (settings.Maximum is { } max && number > max)
        {
            form.AddError(name, T["{0} must be at most {1}.", field.Label, Format(max, settings)]);
        }
        else
        {
            result["Value"] = number;
        }

        return Task.FromResult(result);
    }

    public Task<ContentDisplay> DisplayAsync(JsonObject? value, FieldContext field, CancellationToken cancellationToken) =>
        Task.FromResult(FieldDriverSupport.GetDecimal(value, "Value") is { } n
            ? ContentDisplay.FromText(Format(n, field.Settings<NumericFieldSettings>()))
            : ContentDisplay.Empty);

    /// <summary>Danish notation: 1.234,5, or 1234,5 without the thousands separator.</summary>
    private static string Format(decimal number, NumericFieldSettings settings) =>
        number.ToString((settings.ThousandsSeparator ? "N" : "F") + Math.Max(settings.Scale, 0), DanishCulture.Culture);
}

/// <summary>BooleanField: a checkbox.</summary>
public sealed class BooleanFieldDriver(IStringLocalizer<ContentStrings> T) : IContentFieldDriver
{
    public string FieldType => FieldTypes.Boolean;

    public string EditorView => "~/Areas/Admin/Views/Content/Fields/BooleanField.cshtml";

    public void WriteInputs(JsonObject? value, FieldContext field, ContentEditorForm form, bool isNew)
    {
        var on = value?["Value"] is null ? isNew && field.Settings<BooleanFieldSettings>().DefaultValue : FieldDriverSupport.GetBool(value, "Value");
        form.Set(field.Name("Value"), on ? "true" : "");
    }

    public Task<JsonObject> UpdateAsync(FieldContext field, ContentEditorForm form, CancellationToken cancellationToken) =>
        Task.FromResult(new JsonObject { ["Value"] = form.GetAll(field.Name("Value")).Contains("true") });

    public Task<ContentDisplay> DisplayAsync(JsonObject? value, FieldContext field, CancellationToken cancellationToken) =>
        Task.FromResult(ContentDisplay.FromText(FieldDriverSupport.GetBool(value, "Value") ? T["Yes"] : T["No"]));
}

/// <summary>DateField: a calendar date, stored as yyyy-MM-dd.</summary>
public sealed class DateFieldDriver(IStringLocalizer<ContentStrings> T) : IContentFieldDriver
{
    public string FieldType => FieldTypes.Date;

    public string EditorView => "~/Areas/Admin/Views/Content/Fields/DateField.cshtml";

    public void WriteInputs(JsonObject? value, FieldContext field, ContentEditorForm form, bool isNew) =>
        form.Set(field.Name("Value"), FieldDriverSupport.GetString(value, "Value") ?? "");

    public Task<JsonObject> UpdateAsync(FieldContext field, ContentEditorForm form, CancellationToken cancellationToken)
    {
        var result = ReadValue(field, form, T, field.Settings<DateFieldSettings>().Required, T["{0} must be a date like 25.11.2026.", field.Label],
            text => TryParseDate(text, out var date) ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null);
        return Task.FromResult(result);
    }

    public Task<ContentDisplay> DisplayAsync(JsonObject? value, FieldContext field, CancellationToken cancellationToken) =>
        Task.FromResult(FieldDriverSupport.GetString(value, "Value") is { } text && TryParseDate(text, out var date)
            ? ContentDisplay.FromText(date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture))
            : ContentDisplay.Empty);

    /// <summary>
    /// Reads a single "Value" input: empty is allowed unless required; otherwise <paramref name="parse"/>
    /// gives the stored text or null, which means the input is refused with <paramref name="invalid"/>.
    /// </summary>
    internal static JsonObject ReadValue(FieldContext field, ContentEditorForm form, IStringLocalizer T, bool required, string invalid, Func<string, string?> parse)
    {
        var name = field.Name("Value");
        var text = form.Get(name).Trim();
        var result = new JsonObject { ["Value"] = null };
        if (text.Length == 0)
        {
            if (required)
            {
                form.AddError(name, T["Fill in {0}.", field.Label]);
            }
        }
        else if (parse(text) is { } stored)
        {
            result["Value"] = stored;
        }
        else
        {
            form.AddError(name, invalid);
        }

        return result;
    }

    /// <summary>The date input's yyyy-MM-dd, or Danish 25.11.2026 from browsers without a date picker.</summary>
    internal static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "d.M.yyyy", "d-M-yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    internal static bool TryParseTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "H:mm", "HH:mm:ss", "HH.mm", "H.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}

/// <summary>DateTimeField: entered as local time in the site's time zone, stored in UTC.</summary>
public sealed class DateTimeFieldDriver(SiteTimeZone siteTime, IStringLocalizer<ContentStrings> T) : IContentFieldDriver
{
    public string FieldType => FieldTypes.DateTime;

    public string EditorView => "~/Areas/Admin/Views/Content/Fields/DateTimeField.cshtml";

    public void WriteInputs(JsonObject? value, FieldContext field, ContentEditorForm form, bool isNew)
    {
        var utc = ReadUtc(value);
        var local = utc is { } u ? siteTime.ToLocal(u) : (DateTime?)null;
        form.Set(field.Name("Date"), local?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
        form.Set(field.Name("Time"), local?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "");
    }

    public Task<JsonObject> UpdateAsync(FieldContext field, ContentEditorForm form, CancellationToken cancellationToken)
    {
        var dateName = field.Name("Date");
        var timeName = field.Name("Time");
        var dateText = form.Get(dateName).Trim();
        var timeText = form.Get(timeName).Trim();
        var result = new JsonObject { ["Value"] = null };
        if (dateText.Length == 0 && timeText.Length == 0)
        {
            if (field.Settings<DateTimeFieldSettings>().Required)
            {
                form.AddError(dateName, T["Fill in {0}.", field.Label]);
            }

            return Task.FromResult(result);
        }

        var dateOk = DateFieldDriver.TryParseDate(dateText, out var date);
        var timeOk = DateFieldDriver.TryParseTime(timeText, out var time);
        if (!dateOk)
        {
            form.AddError(dateName, T["{0} must have a date like 25.11.2026.", field.Label]);
        }

        if (!timeOk)
        {
            form.AddError(timeName, T["{0} must have a time like 14:30.", field.Label]);
        }

        if (dateOk && timeOk)
        {
            result["Value"] = siteTime.ToUtc(date.ToDateTime(time)).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        }

        return Task.FromResult(result);
    }

    public Task<ContentDisplay> DisplayAsync(JsonObject? value, FieldContext field, CancellationToken cancellationToken) =>
        Task.FromResult(ReadUtc(value) is { } utc ? ContentDisplay.FromText(siteTime.FormatDateTime(utc)) : ContentDisplay.Empty);

    private static DateTime? ReadUtc(JsonObject? value) =>
        FieldDriverSupport.GetString(value, "Value") is { } text
        && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
            ? utc
            : null;
}

/// <summary>TimeField: a time of day, stored as HH:mm.</summary>
public sealed class TimeFieldDriver(IStringLocalizer<ContentStrings> T) : IContentFieldDriver
{
    public string FieldType => FieldTypes.Time;

    public string EditorView => "~/Areas/Admin/Views/Content/Fields/TimeField.cshtml";

    public void WriteInputs(JsonObject? value, FieldContext field, ContentEditorForm form, bool isNew) =>
        form.Set(field.Name("Value"), FieldDriverSupport.GetString(value, "Value") ?? "");

    public Task<JsonObject> UpdateAsync(FieldContext field, ContentEditorForm form, CancellationToken cancellationToken)
    {
        var result = DateFieldDriver.ReadValue(field, form, T, field.Settings<TimeFieldSettings>().Required, T["{0} must be a time like 14:30.", field.Label],
            text => DateFieldDriver.TryParseTime(text, out var time) ? time.ToString("HH:mm", CultureInfo.InvariantCulture) : null);
        return Task.FromResult(result);
    }

    public Task<ContentDisplay> DisplayAsync(JsonObject? value, FieldContext field, CancellationToken cancellationToken) =>
        Task.FromResult(ContentDisplay.FromText(FieldDriverSupport.GetString(value, "Value") ?? ""));
}
