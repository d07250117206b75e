using Cms.Contents.Fields;

namespace Cms.Forms.Editors;

/// <summary>EmailField: an e-mail input.</summary>
public sealed class EmailFormElementEditor(IEnumerable<IContentFieldDriver> drivers) : FieldFormElementEditor(drivers)
{
    public override string? FieldType => FieldTypes.Email;

    public override string View => "~/Views/FormElements/EmailField.cshtml";

    protected override string Property => "Email";
}
