namespace Cms.Contents.Models;

/// <summary>ContainedPart: the list an item sits in and its position there.</summary>
public sealed class ContainedPart : ContentPart
{
    public string? ListContentItemId { get; set; }

    public int Order { get; set; }
}
