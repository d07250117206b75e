namespace Cms.Contents.Fields.Settings;

/// <summary>EmailField: one e-mail address, checked when saved.</summary>
public sealed class EmailFieldSettingsEditor : PlainFieldSettingsEditor<EmailFieldSettings>
{
    public override string FieldType => FieldTypes.Email;
}
