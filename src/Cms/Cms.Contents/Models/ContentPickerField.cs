namespace Cms.Contents.Models;

/// <summary>ContentPickerField: <c>{"ContentItemIds": ["…"]}</c>.</summary>
public sealed class ContentPickerField : ContentField
{
    public List<string> ContentItemIds { get; set; } = [];
}
