namespace Cms.Contents.Fields.Settings;

/// <summary>DateField: a day, entered and shown as 25.11.2026.</summary>
public sealed class DateFieldSettingsEditor : PlainFieldSettingsEditor<DateFieldSettings>
{
    public override string FieldType => FieldTypes.Date;
}
