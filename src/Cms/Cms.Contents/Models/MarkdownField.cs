namespace Cms.Contents.Models;

/// <summary>MarkdownField: <c>{"Markdown": "…"}</c>.</summary>
public sealed class MarkdownField : ContentField
{
    public string? Markdown { get; set; }
}
