using Cms.Contents.Models;

namespace Cms.Contents.Services;

/// <summary>
/// The content item the current request shows (scoped, one per request). The public page controller sets it
/// before the page renders, so view components in the layout (language switch, breadcrumb, menu) can ask
/// which item is on the page; it is null on pages that show no item (error pages, admin, login).
/// </summary>
public interface ICurrentContentItem
{
    /// <summary>The published version shown, or null.</summary>
    ContentItem? Item { get; }
}

/// <summary>The request's <see cref="ICurrentContentItem"/>; only the page controllers set it.</summary>
public sealed class CurrentContentItem : ICurrentContentItem
{
    public ContentItem? Item { get; private set; }

    public void Set(ContentItem item) => Item = item;
}
