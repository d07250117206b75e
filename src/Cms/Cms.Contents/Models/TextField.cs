namespace Cms.Contents.Models;

/// <summary>TextField: <c>{"Text": "…"}</c>.</summary>
public sealed class TextField : ContentField
{
    public string? Text { get; set; }
}
