using System.Globalization;
using Cms.Menus.Localization;
using Cms.Menus.Models;
using Cms.Menus.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cms.Menus.ViewComponents;

/// <summary>One step of the breadcrumb; the last one is the page itself and has no link.</summary>
public sealed record Crumb(string Text, string? Url);

/// <summary>
/// Front page → the page's ancestors in the main menu → the page. A page that is not in the menu gets
/// front page → its title. The front page is the main menu's first item (the language's root when the menu
/// is empty); the front page itself shows no breadcrumb.
/// </summary>
public sealed class BreadcrumbViewComponent(MenuService menus, IStringLocalizer<MenuStrings> T) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string alias = MenuNames.MainAlias)
    {
        var culture = CultureInfo.CurrentCulture.Name;
        var menu = await menus.GetPublishedAsync(alias, culture, HttpContext.RequestAborted);
        MenuCacheTags.Add(HttpContext, menu);
        var path = (HttpContext.Request.PathBase + HttpContext.Request.Path).Value ?? "/";
        var root = CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "da" ? "/" : "/" + CultureInfo.CurrentCulture.TwoLetterISOLanguageName;
        var items = menu?.Items ?? [];
        var home = items.Count > 0 ? new Crumb(items[0].Text, items[0].Url) : new Crumb(T["Front page"], root);
        if (MenuUrl.IsCurrent(root, path) || MenuUrl.IsCurrent(home.Url!, path))
        {
            return Content("");
        }

        var trail = FindTrail(items, path);
        var crumbs = new List<Crumb> { home };
        if (trail is not null)
        {
            crumbs.AddRange(trail.SkipLast(1).Where(i => i.Url != home.Url).Select(i => new Crumb(i.Text, i.Url)));
            crumbs.Add(new Crumb(trail[^1].Text, null));
        }
        else if (ViewData["Title"] is string { Length: > 0 } title)
        {
            crumbs.Add(new Crumb(title, null));
        }
        else
        {
            return Content("");
        }

        return View(crumbs);
    }

    /// <summary>The items from the top level down to the one whose address is the path, or null.</summary>
    private static List<PublicMenuItem>? FindTrail(IReadOnlyList<PublicMenuItem> items, string path)
    {
        foreach (var item in items)
        {
            if (MenuUrl.IsCurrent(item.Url, path))
            {
                return [item];
            }

            if (FindTrail(item.Children, path) is { } below)
            {
                below.Insert(0, item);
                return below;
            }
        }

        return null;
    }
}
