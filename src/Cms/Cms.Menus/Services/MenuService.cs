using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Cms.Contents.Controllers;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Core.Settings;
using Cms.Menus.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Menus.Services;

/// <summary>A menu item as visitors see it: the links are resolved to current addresses.</summary>
public sealed record PublicMenuItem(string Text, string Url, IReadOnlyList<PublicMenuItem> Children);

/// <summary>A published menu ready to render, with the content items it links to (for cache tags).</summary>
public sealed record PublicMenu(string ContentItemId, string Culture, IReadOnlyList<PublicMenuItem> Items, IReadOnlyList<string> LinkedContentItemIds);

/// <summary>An item a menu can link to: published and with an address.</summary>
public sealed record MenuTarget(string ContentItemId, string DisplayText, string ContentType, string Url);

/// <summary>Finds menus, resolves their links to the linked items' current addresses, and finds items to link to.</summary>
public sealed class MenuService(IServiceProvider services, PublishedContentStore published, SiteSettingsService siteSettings, ContentRoutes routes)
{
    // Public pages read menus from the published store: the request's context is made only for the admin's queries.
    private LtkDbContext? _db;

    private LtkDbContext Db => _db ??= services.GetRequiredService<LtkDbContext>();

    // Resolved menus for each state of the published site (and default culture, which shapes the addresses): every
    // page shows the same menu until something is published, so it is resolved once per change, not per request.
    private static readonly ConditionalWeakTable<PublishedContentSnapshot, ConcurrentDictionary<(string Alias, string Culture, string DefaultCulture), PublicMenu?>> s_resolved = new();

    private IQueryable<ContentItem> Items => Db.Set<ContentItem>().AsNoTracking();

    /// <summary>The latest version of every menu, by title.</summary>
    public async Task<IReadOnlyList<ContentItem>> ListAsync(CancellationToken cancellationToken) =>
        (await Items.Where(i => i.ContentType == MenuNames.MenuType && i.Latest && i.DeletedUtc == null).ToListAsync(cancellationToken))
            .OrderBy(i => i.DisplayText, DanishCulture.Comparer).ThenBy(i => i.Culture, StringComparer.Ordinal).ToList();

    public static string AliasOf(ContentItem menu) => menu.As<AliasPart>().Alias ?? "";

    /// <summary>
    /// The published menu with the alias in the culture (the language's menu when the exact culture has none), from
    /// <see cref="PublishedContentStore"/> (no query on a warm node), resolved once per state of the published site.
    /// </summary>
    public async Task<PublicMenu?> GetPublishedAsync(string alias, string culture, CancellationToken cancellationToken)
    {
        var snapshot = await published.GetAsync(cancellationToken);
        var resolved = s_resolved.GetValue(snapshot, _ => new());
        var key = (alias.ToLowerInvariant(), culture, (await siteSettings.GetAsync(cancellationToken)).DefaultCulture);
        if (resolved.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var menus = snapshot.OfType(MenuNames.MenuType).Select(m => m.ToContentItem());
        var language = CultureInfo.GetCultureInfo(culture).TwoLetterISOLanguageName;
        var withAlias = menus.Where(m => string.Equals(AliasOf(m), alias, StringComparison.OrdinalIgnoreCase)).ToList();
        var menu = withAlias.FirstOrDefault(m => string.Equals(m.Culture, culture, StringComparison.OrdinalIgnoreCase))
            ?? withAlias.FirstOrDefault(m => m.Culture is { } c && CultureInfo.GetCultureInfo(c).TwoLetterISOLanguageName == language);
        var result = menu is null ? null : await ResolveAsync(menu, cancellationToken);
        resolved[key] = result;
        return result;
    }

    /// <summary>Published, addressable items in the culture whose title contains the query (all when it is empty).</summary>
    public async Task<IReadOnlyList<MenuTarget>> SearchTargetsAsync(string? culture, string? query, int take, CancellationToken cancellationToken)
    {
        var settings = await siteSettings.GetAsync(cancellationToken);
        var routeCulture = culture ?? settings.DefaultCulture;
        var normalized = query?.Trim().ToLowerInvariant() ?? "";
        var rows = await (
            from e in Db.Set<AutorouteEntry>().AsNoTracking()
            join i in Items on e.ContentItemId equals i.ContentItemId
            where e.IsCurrent && (e.Culture == routeCulture || e.Culture == "") && i.Published && i.DeletedUtc == null
                && (normalized == "" || i.DisplayTextNormalized.Contains(normalized))
            orderby i.DisplayText
            select new { i.ContentItemId, i.DisplayText, i.ContentType, e.Culture, e.Path })
            .Take(take).ToListAsync(cancellationToken);
        return rows.Select(r => new MenuTarget(r.ContentItemId, r.DisplayText, r.ContentType, Url(r.Culture, r.Path, settings))).ToList();
    }

    /// <summary>The published items among the ids, with their current addresses; unpublished and deleted items are left out.</summary>
    public async Task<IReadOnlyDictionary<string, MenuTarget>> FindTargetsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, MenuTarget>();
        }

        var snapshot = await published.GetAsync(cancellationToken);
        var items = ids.Select(snapshot.Find).OfType<PublishedItem>();
        var addresses = await routes.AddressesAsync(ids, cancellationToken);
        var result = new Dictionary<string, MenuTarget>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (addresses.TryGetValue(item.ContentItemId, out var route))
            {
                result[item.ContentItemId] = new MenuTarget(item.ContentItemId, item.DisplayText, item.ContentType, route.Url);
            }
        }

        return result;
    }

    private async Task<PublicMenu> ResolveAsync(ContentItem menu, CancellationToken cancellationToken)
    {
        var nodes = MenuTree.Read(menu.Content);
        var linked = MenuTree.Flatten(nodes).Select(n => n.Node.TargetId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var targets = await FindTargetsAsync(linked, cancellationToken);
        return new PublicMenu(menu.ContentItemId, menu.Culture ?? "", Resolve(nodes, targets), linked);
    }

    /// <summary>
    /// Links to items that are not published (or gone) are left out; their children move up in their place,
    /// so hiding one page does not hide the pages below it.
    /// </summary>
    private static List<PublicMenuItem> Resolve(IReadOnlyList<MenuNode> nodes, IReadOnlyDictionary<string, MenuTarget> targets)
    {
        var result = new List<PublicMenuItem>();
        foreach (var node in nodes)
        {
            var children = Resolve(node.Children, targets);
            var url = node.IsContentLink ? (node.TargetId is { } id && targets.TryGetValue(id, out var target) ? target.Url : null) : node.Url;
            if (url is null || (node.IsContentLink == false && !MenuUrl.IsValid(url)))
            {
                result.AddRange(children);
                continue;
            }

            result.Add(new PublicMenuItem(node.Text, url, children));
        }

        return result;
    }

    private static string Url(string culture, string path, SiteSettings settings) =>
        ContentDisplayController.UrlFor(culture.Length == 0 ? settings.DefaultCulture : culture, path, settings);
}

/// <summary>The addresses a menu link may have: a path on this site or an http(s) address.</summary>
public static class MenuUrl
{
    public const int MaxLength = 2000;

    public static bool IsValid(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > MaxLength || url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) || url.Contains('\\', StringComparison.Ordinal))
        {
            return false;
        }

        if (url.StartsWith('/'))
        {
            // "//host" would leave the site while looking like a path.
            return !url.StartsWith("//", StringComparison.Ordinal);
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0;
    }

    /// <summary>Whether a menu address is the page being shown (same path, ignoring case and a trailing slash).</summary>
    public static bool IsCurrent(string url, string requestPath) =>
        url.StartsWith('/') && string.Equals(Trim(url), Trim(requestPath), StringComparison.OrdinalIgnoreCase);

    private static string Trim(string path)
    {
        var withoutQuery = path.Split('?', '#')[0];
        return withoutQuery.Length > 1 ? withoutQuery.TrimEnd('/') : withoutQuery;
    }
}
