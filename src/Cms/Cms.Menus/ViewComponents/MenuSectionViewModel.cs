using Cms.Menus.Services;

namespace Cms.Menus.ViewComponents;

/// <summary>
/// The sub-navigation of the menu's section the current page is in: a top-level item with children, shown beside
/// the page so the children need no room in the main bar.
/// </summary>
public sealed record MenuSectionViewModel(PublicMenuItem Section, string CurrentPath)
{
    /// <summary>The top-level item with children that is, or holds, the page at <paramref name="path"/>.</summary>
    public static PublicMenuItem? Find(IReadOnlyList<PublicMenuItem> items, string path) =>
        items.FirstOrDefault(i => i.Children.Count > 0 && Holds(i, path));

    /// <summary>Whether the item or one of its descendants links to the page at <paramref name="path"/>.</summary>
    public static bool Holds(PublicMenuItem item, string path) =>
        MenuUrl.IsCurrent(item.Url, path) || item.Children.Any(c => Holds(c, path));
}
