namespace Cms.Contents.Models;

/// <summary>The inputs of HtmlBodyPart's and MarkdownBodyPart's settings.</summary>
public sealed class BodyPartSettingsModel
{
    public string? Hint { get; set; }

    public bool Required { get; set; }
}
