using Cms.Contents.Fields;

namespace Cms.Forms.Editors;

/// <summary>ChoiceField: radio buttons (checkboxes when several may be chosen), or a list with the element's "Select" editor.</summary>
public sealed class ChoiceFormElementEditor(IEnumerable<IContentFieldDriver> drivers) : FieldFormElementEditor(drivers)
{
    public override string? FieldType => FieldTypes.Choice;

    public override string View => "~/Views/FormElements/ChoiceField.cshtml";

    protected override string Property => "Values";
}
