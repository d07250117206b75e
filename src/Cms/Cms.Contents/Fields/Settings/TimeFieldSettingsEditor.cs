namespace Cms.Contents.Fields.Settings;

/// <summary>TimeField: a time of day, entered as 14:30.</summary>
public sealed class TimeFieldSettingsEditor : PlainFieldSettingsEditor<TimeFieldSettings>
{
    public override string FieldType => FieldTypes.Time;
}
