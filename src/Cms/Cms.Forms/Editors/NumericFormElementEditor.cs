using System.Text.RegularExpressions;
using Cms.Contents.Fields;

namespace Cms.Forms.Editors;

/// <summary>
/// NumericField: a text input that takes Danish notation (59.800 or 12,5, also with the unit typed after it); the
/// answer shows as 59.800 kr. with the element's unit.
/// </summary>
public sealed partial class NumericFormElementEditor(IEnumerable<IContentFieldDriver> drivers) : FieldFormElementEditor(drivers)
{
    public override string? FieldType => FieldTypes.Numeric;

    public override string View => "~/Views/FormElements/NumericField.cshtml";

    protected override string Property => "Value";

    public override ValueTask ApplyAsync(FormElementContext context, CancellationToken cancellationToken)
    {
        // The content driver reads "12.500" as twelve and a half; citizens mean twelve thousand five hundred.
        var name = context.Element.Name(Property);
        var text = context.Form.Get(name).Trim();
        if (context.Element.Settings.Unit is { Length: > 0 } unit && text.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^unit.Length].TrimEnd();
        }

        if (DanishThousands().IsMatch(text))
        {
            text = text.Replace(".", "", StringComparison.Ordinal);
        }

        context.Form.Set(name, text);
        return base.ApplyAsync(context, cancellationToken);
    }

    public override async ValueTask<string> SummaryAsync(FormElementContext context, CancellationToken cancellationToken)
    {
        var text = await base.SummaryAsync(context, cancellationToken);
        return text.Length > 0 && context.Element.Settings.Unit is { Length: > 0 } unit ? $"{text} {unit}" : text;
    }

    /// <summary>Thousands grouped with dots, e.g. 59.800 or 1.250.000,50.</summary>
    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3})+(,\d+)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DanishThousands();
}
