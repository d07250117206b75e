using System.Globalization;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Data;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;

namespace Cms.Templates.Services;

/// <summary>One published item as a template lists it: the item, its address, and its rendered summary.</summary>
public sealed record ListedItem(ContentItem Item, string Title, string? Url, IHtmlContent Summary);

/// <summary>How listed items are ordered.</summary>
public enum ListOrder
{
    /// <summary>By title in Danish order (æ, ø, å after z).</summary>
    Title,

    /// <summary>Newest first: by the item's own Date field, else when it was published.</summary>
    Newest,
}

/// <summary>
/// Published items of a type for templates that list other items (the front page's news, the members page).
/// A page that lists a type is tagged <c>contenttype:{Type}</c> for the output cache, so publishing any item of
/// that type can evict it.
/// </summary>
public sealed class PublishedItems(
    LtkDbContext db,
    PublishedContentStore published,
    ContentDefinitionManager definitions,
    ContentEditorService editors,
    TemplateCache templates,
    LiquidEngine engine,
    ContentRoutes routes,
    IHttpContextAccessor http,
    IServiceProvider services)
{
    /// <summary>More than any page lists; keeps a mistaken template from loading a whole table.</summary>
    public const int MaxItems = 500;

    public static readonly StringComparer Danish = StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), ignoreCase: true);

    /// <summary>
    /// Items of <paramref name="type"/> in <paramref name="culture"/> (items without a culture, such as members,
    /// belong to every language), ordered, at most <paramref name="limit"/>.
    /// </summary>
    public async Task<IReadOnlyList<ListedItem>> ListAsync(string type, string culture, ListOrder order, int limit, CancellationToken cancellationToken)
    {
        http.HttpContext?.TagOutputCache(OutputCacheTags.ContentType(type));
        var definition = await definitions.GetSharedTypeAsync(type, cancellationToken);
        if (definition is null || limit <= 0)
        {
            return [];
        }

        // The store lists a type newest published first, as the query did.
        var snapshot = await published.GetAsync(cancellationToken);
        var items = snapshot.OfType(type)
            .Where(i => i.Culture == culture || i.Culture == null)
            .Take(MaxItems)
            .ToList();
        var ordered = order == ListOrder.Newest
            ? items.OrderByDescending(i => i.OwnDate ?? "").ThenByDescending(i => i.PublishedUtc)
            : items.OrderBy(i => i.Title, Danish);
        var chosen = ordered.Take(Math.Min(limit, MaxItems)).Select(i => i.ToContentItem()).ToList();

        var addresses = await routes.AddressesAsync(chosen.Select(i => i.ContentItemId).ToList(), cancellationToken);
        var listed = new List<ListedItem>(chosen.Count);
        foreach (var item in chosen)
        {
            var rows = await editors.DisplayAsync(item, definition, cancellationToken);
            var model = new ContentDisplayViewModel(item, definition, rows, IsPreview: false);
            var url = addresses.GetValueOrDefault(item.ContentItemId)?.Url;
            var template = await templates.ResolveAsync(TemplateNames.For(item, ContentDisplayType.Summary), db, cancellationToken);
            var summary = template is null ? "" : await engine.RenderAsync(template.Template, model, ContentDisplayType.Summary, services, url);
            listed.Add(new ListedItem(item, model.Title, url, new HtmlString(summary)));
        }

        return listed;
    }

}
