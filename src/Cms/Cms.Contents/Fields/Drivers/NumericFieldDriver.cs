using Cms.Contents.Localization;
using Cms.Contents.Models;
using Cms.Core.Localization;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Fields;

/// <summary>NumericField: a number within the field's limits; Danish "12,5" and "12.5" are both accepted.</summary>
public sealed class NumericFieldDriver(IStringLocalizer<ContentStrings> T) : ContentFieldDriver<NumericField>
{
    public override string EditorView => "~/Areas/Admin/Views/Content/Fields/NumericField.cshtml";

    public override ValueTask<object?> EditAsync(NumericField field, FieldContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings<NumericFieldSettings>();
        var number = field.Value;
        if (number is null && context.IsNew && settings.DefaultValue is { } fallback && FieldDriverSupport.TryParseDecimal(fallback, out var parsed))
        {
            number = parsed;
        }

        context.SetInput("Value", number is { } n ? Format(n, settings) : "");
        return default;
    }

    public override ValueTask UpdateAsync(NumericField field, FieldContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings<NumericFieldSettings>();
        var text = context.Input("Value");
        field.Value = null;
        if (text.Length == 0)
        {
            if (settings.Required)
            {
                context.AddError("Value", T["Fill in {0}.", context.Label]);
            }
        }
        else if (!FieldDriverSupport.TryParseDecimal(text, out var number))
        {
            context.AddError("Value", T["{0} must be a number, e.g. 12 or 12,5.", context.Label]);
        }
        else if (decimal.Round(number, Math.Max(settings.Scale, 0)) != number)
        {
            context.AddError("Value", settings.Scale <= 0
                ? T["{0} must be a whole number.", context.Label]
                : T["{0} can have at most {1} digits after the decimal comma.", context.Label, settings.Scale]);
        }
        else if (settings.Minimum is { } min && number < min)
        {
            context.AddError("Value", T["{0} must be at least {1}.", context.Label, Format(min, settings)]);
        }
        else if (settings.Maximum is { } max && number > max)
        {
            context.AddError("Value", T["{0} must be at most {1}.", context.Label, Format(max, settings)]);
        }
        else
        {
            field.Value = number;
        }

        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(NumericField field, FieldContext context, CancellationToken cancellationToken) =>
        new(field.Value is { } n ? ContentDisplay.FromText(Format(n, context.Settings<NumericFieldSettings>())) : ContentDisplay.Empty);

    /// <summary>Danish notation: 1.234,5, or 1234,5 without the thousands separator.</summary>
    private static string Format(decimal number, NumericFieldSettings settings) =>
        number.ToString((settings.ThousandsSeparator ? "N" : "F") + Math.Max(settings.Scale, 0), DanishCulture.Culture);
}
