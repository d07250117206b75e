using Cms.Contents.Fields;

namespace Cms.Forms.Editors;

/// <summary>NumericField: a text input that takes the Danish decimal comma; the answer shows as 59.800 kr. with the element's unit.</summary>
public sealed class NumericFormElementEditor(IEnumerable<IContentFieldDriver> drivers) : FieldFormElementEditor(drivers)
{
    public override string? FieldType => FieldTypes.Numeric;

    public override string View => "~/Views/FormElements/NumericField.cshtml";

    protected override string Property => "Value";

    public override async ValueTask<string> SummaryAsync(FormElementContext context, CancellationToken cancellationToken)
    {
        var text = await base.SummaryAsync(context, cancellationToken);
        return text.Length > 0 && context.Element.Settings.Unit is { Length: > 0 } unit ? $"{text} {unit}" : text;
    }
}
