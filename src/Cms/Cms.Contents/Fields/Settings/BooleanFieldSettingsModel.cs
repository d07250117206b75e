namespace Cms.Contents.Fields.Settings;

public sealed class BooleanFieldSettingsModel
{
    /// <summary>Text next to the checkbox; the field's display name when empty.</summary>
    public string? Label { get; set; }

    public bool DefaultValue { get; set; }
}
