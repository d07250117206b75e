namespace Cms.Contents.Services;

/// <summary>Configuration <c>Content:Published</c>: how a node keeps its published content in step with the others.</summary>
public sealed class PublishedContentOptions
{
    /// <summary>
    /// How often a node checks whether another node changed published content or content types (one small query);
    /// zero turns the check off, for a site with a single node.
    /// </summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(5);
}
