namespace Cms.Contents.Fields.Settings;

public sealed class TextFieldSettingsModel
{
    /// <summary><c>Standard</c> (one line) or <c>TextArea</c> (several lines).</summary>
    public string? Editor { get; set; }

    public string? MaxLength { get; set; }
}
