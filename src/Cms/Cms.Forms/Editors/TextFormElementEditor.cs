using Cms.Contents.Fields;

namespace Cms.Forms.Editors;

/// <summary>TextField: one line, or a text area with the field's "TextArea" editor.</summary>
public sealed class TextFormElementEditor(IEnumerable<IContentFieldDriver> drivers) : FieldFormElementEditor(drivers)
{
    public override string? FieldType => FieldTypes.Text;

    public override string View => "~/Views/FormElements/TextField.cshtml";

    protected override string Property => "Text";
}
