using Cms.Contents.Fields;

namespace Cms.Forms.Editors;

/// <summary>
/// NumericField: a text input that takes Danish notation (59.800 or 12,5, also with the unit typed after it); the
/// answer shows as 59.800 kr. with the element's unit.
/// </summary>
public sealed class NumericFormElementEditor(IEnumerable<IContentFieldDriver> drivers) : FieldFormElementEditor(drivers)
{
    public override string? FieldType => FieldTypes.Numeric;

    public override string View => "~/Views/FormElements/NumericField.cshtml";

    protected override string Property => "Value";

    public override ValueTask ApplyAsync(FormElementContext context, CancellationToken cancellationToken)
    {
        // The unit typed after the number ("59.800 kr.") is allowed here; the number itself is read by the field's driver.
        var name = context.Element.Name(Property);
        var text = context.Form.Get(name).Trim();
        if (context.Element.Settings.Unit is { Length: > 0 } unit && text.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^unit.Length].TrimEnd();
        }

        context.Form.Set(name, text);
        return base.ApplyAsync(context, cancellationToken);
    }

    public override async ValueTask<string> SummaryAsync(FormElementContext context, CancellationToken cancellationToken)
    {
        var text = await base.SummaryAsync(context, cancellationToken);
        return text.Length > 0 && context.Element.Settings.Unit is { Length: > 0 } unit ? $"{text} {unit}" : text;
    }
}
