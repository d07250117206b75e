namespace Cms.Contents.Models;

/// <summary>The inputs of AutoroutePart's settings.</summary>
public sealed class AutoroutePartSettingsModel
{
    public string? Pattern { get; set; }

    public bool AllowCustomPath { get; set; }
}
