namespace Cms.Contents.Fields.Settings;

public sealed class LinkFieldSettingsModel
{
    /// <summary>Whether the link text must be given.</summary>
    public bool RequireText { get; set; }

    public string? DefaultUrl { get; set; }
}
