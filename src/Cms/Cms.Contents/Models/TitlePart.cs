namespace Cms.Contents.Models;

/// <summary>TitlePart: the title, which is also the item's display text.</summary>
public sealed class TitlePart : ContentPart
{
    public string? Title { get; set; }
}
