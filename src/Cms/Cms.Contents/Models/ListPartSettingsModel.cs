namespace Cms.Contents.Models;

/// <summary>The inputs of ListPart's settings.</summary>
public sealed class ListPartSettingsModel
{
    public List<string> ContainedContentTypes { get; set; } = [];

    public bool EnableOrdering { get; set; }

    public string? PageSize { get; set; }
}
