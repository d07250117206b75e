namespace Cms.Contents.Models;

/// <summary>LinkField: <c>{"Url": "https://…", "Text": "…"}</c>.</summary>
public sealed class LinkField : ContentField
{
    public string? Url { get; set; }

    public string? Text { get; set; }
}
