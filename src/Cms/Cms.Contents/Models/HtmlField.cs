namespace Cms.Contents.Models;

/// <summary>HtmlField: <c>{"Html": "…"}</c>, sanitized HTML.</summary>
public sealed class HtmlField : ContentField
{
    public string? Html { get; set; }
}
