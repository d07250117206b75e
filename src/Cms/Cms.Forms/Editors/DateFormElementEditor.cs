using Cms.Contents.Fields;

namespace Cms.Forms.Editors;

/// <summary>DateField: typed as dd.mm.åååå (a text input, no date picker needed); the driver explains a wrong date.</summary>
public sealed class DateFormElementEditor(IEnumerable<IContentFieldDriver> drivers) : FieldFormElementEditor(drivers)
{
    public override string? FieldType => FieldTypes.Date;

    public override string View => "~/Views/FormElements/DateField.cshtml";

    protected override string Property => "Value";
}
