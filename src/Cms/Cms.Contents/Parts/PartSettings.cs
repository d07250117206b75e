namespace Cms.Contents.Parts;

/// <summary>Orchard's ListPartSettings: what a list contains and how it is ordered.</summary>
public sealed class ListPartSettings
{
    public List<string> ContainedContentTypes { get; set; } = [];

    /// <summary>Children are ordered by hand (ContainedPart.Order) rather than newest first.</summary>
    public bool EnableOrdering { get; set; }

    public int PageSize { get; set; } = 10;
}

/// <summary>HtmlBodyPart / MarkdownBodyPart settings.</summary>
public sealed class BodyPartSettings
{
    public string? Hint { get; set; }

    public bool Required { get; set; }
}
