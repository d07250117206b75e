namespace Cms.Contents.Models;

/// <summary>MarkdownBodyPart: the body in Markdown.</summary>
public sealed class MarkdownBodyPart : ContentPart
{
    public string? Markdown { get; set; }
}
