using System.Globalization;
using Cms.Contents.Models;
using Cms.Core.Data;
using Cms.Core.Settings;
using Microsoft.EntityFrameworkCore;

namespace Cms.Contents.Services;

/// <summary>
/// A published item's public address in one culture: <see cref="Url"/> is site-relative, e.g. <c>/medlemmer</c>,
/// <c>/en/members</c>, or <c>/</c> and <c>/en</c> for the home pages.
/// </summary>
public sealed record ContentRoute(string ContentItemId, string Culture, string Url, string? LocalizationSet, DateTime LastModifiedUtc)
{
    /// <summary>The two-letter language of the culture (hreflang, lang).</summary>
    public string Language => ContentRoutes.LanguageOf(Culture);
}

/// <summary>
/// Public addresses of published items: the home page of each culture (the item holding the empty path,
/// see docs/decisions/0010-home-page.md), an item's translations, and every address for the sitemap.
/// </summary>
public sealed class ContentRoutes(LtkDbContext db, SiteSettingsService siteSettings)
{
    private readonly Dictionary<string, IReadOnlyList<ContentRoute>> _variants = new(StringComparer.Ordinal);

    /// <summary>The public address of a path in a culture; the empty path is the culture's home page.</summary>
    public static string UrlFor(string culture, string path, SiteSettings settings)
    {
        var isDefault = string.Equals(culture, settings.DefaultCulture, StringComparison.OrdinalIgnoreCase);
        if (path.Length == 0)
        {
            return isDefault ? "/" : "/" + LanguageOf(culture);
        }

        return isDefault ? "/" + path : $"/{LanguageOf(culture)}/{path}";
    }

    public static string LanguageOf(string culture) => CultureInfo.GetCultureInfo(culture).TwoLetterISOLanguageName;

    /// <summary>The home page address of a culture.</summary>
    public async Task<string> HomeUrlAsync(string culture, CancellationToken cancellationToken = default) =>
        UrlFor(culture, "", await siteSettings.GetAsync(cancellationToken));

    /// <summary>
    /// The published translations of an item that have an address, the item itself included (Orchard's
    /// LocalizationPart set); an item without a set has only itself. Remembered for the request.
    /// </summary>
    public async Task<IReadOnlyList<ContentRoute>> VariantsAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        if (_variants.TryGetValue(item.ContentItemId, out var known))
        {
            return known;
        }

        var items = db.Set<ContentItem>().AsNoTracking().Where(i => i.Published && i.DeletedUtc == null);
        items = item.LocalizationSet is { Length: > 0 } set
            ? items.Where(i => i.LocalizationSet == set)
            : items.Where(i => i.ContentItemId == item.ContentItemId);
        var routes = await QueryAsync(items, cancellationToken);
        _variants[item.ContentItemId] = routes;
        return routes;
    }

    /// <summary>
    /// The address of each published item among the ids (a home page at <c>/</c> or <c>/en</c>); items that are
    /// not published or have no address are left out. For pages that link to other items (menus, lists).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, ContentRoute>> AddressesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, ContentRoute>(StringComparer.Ordinal);
        }

        var routes = await QueryAsync(
            db.Set<ContentItem>().AsNoTracking().Where(i => i.Published && i.DeletedUtc == null && ids.Contains(i.ContentItemId)), cancellationToken);
        return routes.GroupBy(r => r.ContentItemId).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>Every published item's address in every culture, for the sitemap.</summary>
    public Task<IReadOnlyList<ContentRoute>> AllAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(db.Set<ContentItem>().AsNoTracking().Where(i => i.Published && i.DeletedUtc == null), cancellationToken);

    private async Task<IReadOnlyList<ContentRoute>> QueryAsync(IQueryable<ContentItem> items, CancellationToken cancellationToken)
    {
        var settings = await siteSettings.GetAsync(cancellationToken);
        var rows = await (
                from e in db.Set<AutorouteEntry>().AsNoTracking()
                where e.IsCurrent
                join i in items on e.ContentItemId equals i.ContentItemId
                select new { e.Culture, e.Path, i.ContentItemId, i.LocalizationSet, i.PublishedUtc, i.ModifiedUtc })
            .ToListAsync(cancellationToken);

        // A home item holds its own path and the empty one; the empty one is its address.
        return rows
            .GroupBy(r => (r.ContentItemId, r.Culture))
            .Select(g => g.OrderBy(r => r.Path.Length == 0 ? 0 : 1).ThenBy(r => r.Path, StringComparer.Ordinal).First())
            .Select(r => new ContentRoute(r.ContentItemId, r.Culture, UrlFor(r.Culture, r.Path, settings), r.LocalizationSet, r.PublishedUtc ?? r.ModifiedUtc))
            .OrderBy(r => string.Equals(r.Culture, settings.DefaultCulture, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(r => r.Culture, StringComparer.Ordinal)
            .ThenBy(r => r.Url, StringComparer.Ordinal)
            .ToList();
    }
}
