using System.Globalization;
using Cms.Contents.Models;
using Cms.Core.Settings;

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
/// Read from <see cref="PublishedContentStore"/>: no query on a warm node.
/// </summary>
public sealed class ContentRoutes(PublishedContentStore store, SiteSettingsService siteSettings)
{
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
    /// LocalizationPart set); an item without a set has only itself.
    /// </summary>
    public async Task<IReadOnlyList<ContentRoute>> VariantsAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var snapshot = await store.GetAsync(cancellationToken);
        var items = item.LocalizationSet is { Length: > 0 } set
            ? snapshot.InSet(set)
            : snapshot.Find(item.ContentItemId) is { } found ? [found] : [];
        return RoutesOf(snapshot, items, await siteSettings.GetAsync(cancellationToken));
    }

    /// <summary>
    /// The address of each published item among the ids (a home page at <c>/</c> or <c>/en</c>); items that are
    /// not published or have no address are left out. For pages that link to other items (menus, lists).
    /// </summary>
    public Task<IReadOnlyDictionary<string, ContentRoute>> AddressesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        AddressesAsync(ids, null, cancellationToken);

    /// <summary>
    /// The address of each published item among the ids, as <see cref="AddressesAsync(IReadOnlyCollection{string}, CancellationToken)"/>; an item with an
    /// address in <paramref name="culture"/> gets that one, else the default culture's.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, ContentRoute>> AddressesAsync(IReadOnlyCollection<string> ids, string? culture, CancellationToken cancellationToken = default)
    {
        var snapshot = await store.GetAsync(cancellationToken);
        var items = ids.Distinct(StringComparer.Ordinal).Select(snapshot.Find).OfType<PublishedItem>();
        var routes = RoutesOf(snapshot, items, await siteSettings.GetAsync(cancellationToken));
        return routes.GroupBy(r => r.ContentItemId)
            .ToDictionary(g => g.Key, g => g.FirstOrDefault(r => string.Equals(r.Culture, culture, StringComparison.OrdinalIgnoreCase)) ?? g.First(), StringComparer.Ordinal);
    }

    /// <summary>Every published item's address in every culture, for the sitemap.</summary>
    public async Task<IReadOnlyList<ContentRoute>> AllAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = await store.GetAsync(cancellationToken);
        return RoutesOf(snapshot, snapshot.Items.Values, await siteSettings.GetAsync(cancellationToken));
    }

    private static List<ContentRoute> RoutesOf(PublishedContentSnapshot snapshot, IEnumerable<PublishedItem> items, SiteSettings settings) =>
        items
            .SelectMany(i => snapshot.AddressesOf(i.ContentItemId).Select(a =>
                new ContentRoute(i.ContentItemId, a.Key, UrlFor(a.Key, a.Value, settings), i.LocalizationSet, i.PublishedUtc ?? i.ModifiedUtc)))
            .OrderBy(r => string.Equals(r.Culture, settings.DefaultCulture, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(r => r.Culture, StringComparer.Ordinal)
            .ThenBy(r => r.Url, StringComparer.Ordinal)
            .ToList();
}
