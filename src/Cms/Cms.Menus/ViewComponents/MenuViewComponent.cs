using System.Globalization;
using Cms.Contents.Services;
using Cms.Menus.Models;
using Cms.Menus.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Menus.ViewComponents;

/// <summary>What the menu and breadcrumb views get.</summary>
public sealed record MenuViewModel(PublicMenu Menu, string CurrentPath, bool IsMain);

/// <summary>The published menu with the alias in the request's language, as nested lists in a nav.</summary>
public sealed class MenuViewComponent(MenuService menus) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string alias = MenuNames.MainAlias)
    {
        var menu = await menus.GetPublishedAsync(alias, CultureInfo.CurrentCulture.Name, HttpContext.RequestAborted);
        MenuCacheTags.Add(HttpContext, menu);
        return menu is null || menu.Items.Count == 0
            ? Content("")
            : View(new MenuViewModel(menu, HttpContext.Request.PathBase + HttpContext.Request.Path, alias == MenuNames.MainAlias));
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
