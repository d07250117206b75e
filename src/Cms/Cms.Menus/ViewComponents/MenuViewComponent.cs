using System.Globalization;
using Cms.Contents.Services;
using Cms.Menus.Models;
using Cms.Menus.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Menus.ViewComponents;

/// <summary>What the menu and breadcrumb views get.</summary>
public sealed record MenuViewModel(PublicMenu Menu, string CurrentPath, bool IsMain);

/// <summary>
/// The published menu with the alias in the request's language, as nested lists in a nav; with <c>section: true</c>
/// only the sub-navigation of the section the current page is in (nothing outside such a section).
/// </summary>
public sealed class MenuViewComponent(MenuService menus) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string alias = MenuNames.MainAlias, bool section = false)
    {
        var menu = await menus.GetPublishedAsync(alias, CultureInfo.CurrentCulture.Name, HttpContext.RequestAborted);
        MenuCacheTags.Add(HttpContext, menu);
        var path = HttpContext.Request.PathBase + HttpContext.Request.Path;
        if (menu is null || menu.Items.Count == 0)
        {
            return Content("");
        }

        if (section)
        {
            return MenuSectionViewModel.Find(menu.Items, path) is { } top ? View("Section", new MenuSectionViewModel(top, path)) : Content("");
        }

        return View(new MenuViewModel(menu, path, alias == MenuNames.MainAlias));
    }
}

/// <summary>
/// A page that shows a menu must leave the output cache when the menu or a page it links to changes
/// (a new address, unpublished), so the page is tagged with both.
/// </summary>
public static class MenuCacheTags
{
    public static void Add(HttpContext context, PublicMenu? menu) =>
        context.TagOutputCache((menu?.LinkedContentItemIds ?? []).Select(OutputCacheTags.ContentItem).Prepend(OutputCacheTags.ContentType(MenuNames.MenuType)));
}
