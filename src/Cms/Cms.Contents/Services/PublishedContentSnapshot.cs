namespace Cms.Contents.Services;

/// <summary>A public path of a published item, as the store holds it (see <see cref="Models.AutorouteEntry"/>).</summary>
public sealed record PublishedPath(string Culture, string Path, string ContentItemId, bool IsCurrent);

/// <summary>
/// One immutable state of the published site: the published items and their paths, indexed the ways public pages
/// read them. <see cref="PublishedContentStore"/> swaps in a new one after every change; readers keep the one they took.
/// </summary>
public sealed class PublishedContentSnapshot
{
    private static readonly IReadOnlyList<PublishedItem> s_none = [];

    private readonly Dictionary<(string Culture, string Path), PublishedPath> _routes;
    private readonly Dictionary<string, Dictionary<string, string>> _addresses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<PublishedItem>> _byType;
    private readonly Dictionary<string, IReadOnlyList<PublishedItem>> _bySet;
    private readonly Dictionary<string, IReadOnlyList<PublishedItem>> _byContainer;

    public PublishedContentSnapshot(IReadOnlyDictionary<string, PublishedItem> items, IEnumerable<PublishedPath> paths)
    {
        Items = items;
        // Paths of items that are not published lead nowhere; a path belongs to one item per culture.
        _routes = [];
        foreach (var path in paths.Where(p => items.ContainsKey(p.ContentItemId)))
        {
            _routes[(path.Culture, path.Path)] = path;
        }

        Paths = _routes.Values.ToList();

        // An item's address in a culture: the home page (the empty path) when it holds it, else its current path.
        foreach (var path in Paths.Where(p => p.IsCurrent).OrderBy(p => p.Path.Length == 0 ? 0 : 1).ThenBy(p => p.Path, StringComparer.Ordinal))
        {
            if (!_addresses.TryGetValue(path.ContentItemId, out var byCulture))
            {
                byCulture = new Dictionary<string, string>(StringComparer.Ordinal);
                _addresses[path.ContentItemId] = byCulture;
            }

            byCulture.TryAdd(path.Culture, path.Path);
        }

        var newestFirst = items.Values.OrderByDescending(i => i.PublishedUtc).ThenBy(i => i.ContentItemId, StringComparer.Ordinal).ToList();
        _byType = Index(newestFirst, i => i.ContentType);
        _bySet = Index(newestFirst, i => i.LocalizationSet);
        _byContainer = Index(newestFirst, i => i.ContainerId);
    }

    public static PublishedContentSnapshot Empty { get; } = new(new Dictionary<string, PublishedItem>(StringComparer.Ordinal), []);

    /// <summary>Published items by content item id.</summary>
    public IReadOnlyDictionary<string, PublishedItem> Items { get; }

    /// <summary>Every path of a published item, current ones and old ones that redirect.</summary>
    public IReadOnlyList<PublishedPath> Paths { get; }

    public PublishedItem? Find(string contentItemId) => Items.GetValueOrDefault(contentItemId);

    /// <summary>The published item's path (current or old) in the culture, or null.</summary>
    public PublishedPath? Match(string culture, string path) => _routes.GetValueOrDefault((culture, path));

    /// <summary>The item's address path in the culture ("" for a home page), or null when it has none there.</summary>
    public string? AddressOf(string contentItemId, string culture) =>
        _addresses.TryGetValue(contentItemId, out var byCulture) ? byCulture.GetValueOrDefault(culture) : null;

    /// <summary>The item's address path in each culture it has one.</summary>
    public IReadOnlyDictionary<string, string> AddressesOf(string contentItemId) =>
        _addresses.TryGetValue(contentItemId, out var byCulture) ? byCulture : new Dictionary<string, string>();

    /// <summary>Published items of a type, newest published first.</summary>
    public IReadOnlyList<PublishedItem> OfType(string contentType) => _byType.GetValueOrDefault(contentType) ?? s_none;

    /// <summary>The published translations in a localization set, newest published first.</summary>
    public IReadOnlyList<PublishedItem> InSet(string localizationSet) => _bySet.GetValueOrDefault(localizationSet) ?? s_none;

    /// <summary>The published items a list item contains, newest published first.</summary>
    public IReadOnlyList<PublishedItem> ChildrenOf(string containerId) => _byContainer.GetValueOrDefault(containerId) ?? s_none;

    private static Dictionary<string, IReadOnlyList<PublishedItem>> Index(IEnumerable<PublishedItem> items, Func<PublishedItem, string?> key) =>
        items.Where(i => key(i) is not null)
            .GroupBy(i => key(i)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PublishedItem>)g.ToList(), StringComparer.Ordinal);
}
