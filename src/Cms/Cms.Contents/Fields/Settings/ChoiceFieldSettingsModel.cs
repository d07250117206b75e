namespace Cms.Contents.Fields.Settings;

public sealed class ChoiceFieldSettingsModel
{
    /// <summary>One a line: <c>Name|value</c> or just <c>value</c>.</summary>
    public string? Options { get; set; }

    public bool Multiple { get; set; }

    /// <summary>The value new items start with; none when empty.</summary>
    public string? DefaultValue { get; set; }
}
