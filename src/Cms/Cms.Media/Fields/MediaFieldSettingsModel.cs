namespace Cms.Media.Fields;

public sealed class MediaFieldSettingsModel
{
    public bool Multiple { get; set; }

    /// <summary>The kinds of file that may be picked (".jpg", ".pdf", …); every accepted kind when none is ticked.</summary>
    public List<string> AllowedExtensions { get; set; } = [];
}
