namespace Cms.Contents.Models;

/// <summary>HtmlBodyPart: the body as sanitized HTML.</summary>
public sealed class HtmlBodyPart : ContentPart
{
    public string? Html { get; set; }
}
