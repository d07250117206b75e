namespace Cms.Contents.Fields.Settings;

/// <summary>DateTimeField: a day and a time in Danish time, stored in UTC.</summary>
public sealed class DateTimeFieldSettingsEditor : PlainFieldSettingsEditor<DateTimeFieldSettings>
{
    public override string FieldType => FieldTypes.DateTime;
}
