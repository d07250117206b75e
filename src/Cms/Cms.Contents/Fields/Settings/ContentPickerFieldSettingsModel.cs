namespace Cms.Contents.Fields.Settings;

public sealed class ContentPickerFieldSettingsModel
{
    /// <summary>The types that may be picked; every type when none is ticked.</summary>
    public List<string> ContentTypes { get; set; } = [];

    public bool Multiple { get; set; }
}
