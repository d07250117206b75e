using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Core.Localization;
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
            : items.OrderBy(i => i.Title, DanishCulture.Comparer);
        return await SummariesAsync(ordered.Take(Math.Min(limit, MaxItems)).Select(i => i.ToContentItem()).ToList(), cancellationToken);
    }

    /// <summary>
    /// The page of a list's published items that the request asks for (<see cref="ListPaging.PageQueryKey"/>), in
    /// <paramref name="culture"/> (items without a culture belong to every language; the items of the list's translations
    /// count too): by hand-set position when the
    /// list is ordered by hand, else newest first, <see cref="ListPartSettings.PageSize"/> at a time.
    /// </summary>
    public async Task<ListedPage> ListContainedAsync(ContentItem list, ListPartSettings settings, string culture, CancellationToken cancellationToken)
    {
        // From the published site in memory, like every public read: no query per page view.
        var snapshot = await published.GetAsync(cancellationToken);
        // A translation made from a listed item stays in the original's list: the list's own translations share its items.
        var lists = list.LocalizationSet is { Length: > 0 } set ? snapshot.InSet(set).Select(l => l.ContentItemId).Append(list.ContentItemId).Distinct(StringComparer.Ordinal) : [list.ContentItemId];
        var children = lists.SelectMany(snapshot.ChildrenOf).Where(i => i.Culture == culture || i.Culture == null).DistinctBy(i => i.ContentItemId).ToList();
        var pageSize = settings.PageSize is > 0 and <= MaxItems ? settings.PageSize : new ListPartSettings().PageSize;
        var total = children.Count;
        var pages = ListPaging.Pages(total, pageSize);
        var request = http.HttpContext?.Request;
        var page = ListPaging.Page(request?.Query[ListPaging.PageQueryKey], pages);
        var ordered = settings.EnableOrdering
            ? children.OrderBy(i => i.ContainedOrder).ThenBy(i => i.CreatedUtc).ThenBy(i => i.ContentItemId, StringComparer.Ordinal)
            : children.OrderByDescending(i => i.CreatedUtc).ThenByDescending(i => i.ContentItemId, StringComparer.Ordinal);
        var items = ordered.Skip((page - 1) * pageSize).Take(pageSize).Select(i => i.ToContentItem()).ToList();
        // The types the list may hold too: the first item published into an empty list changes its page.
        http.HttpContext?.TagOutputCache(items.Select(i => i.ContentType).Concat(settings.ContainedContentTypes).Distinct(StringComparer.Ordinal).Select(OutputCacheTags.ContentType));

        var path = request is null ? "" : (request.PathBase + request.Path).ToString();
        return new ListedPage(
            await SummariesAsync(items, cancellationToken), page, pages, total,
            page > 1 ? ListPaging.Url(path, page - 1) : null,
            page < pages ? ListPaging.Url(path, page + 1) : null);
    }

    /// <summary>The items with their addresses and their summaries rendered by their types' Summary templates.</summary>
    private async Task<IReadOnlyList<ListedItem>> SummariesAsync(List<ContentItem> items, CancellationToken cancellationToken)
    {
        var addresses = await routes.AddressesAsync(items.Select(i => i.ContentItemId).ToList(), cancellationToken);
        var listed = new List<ListedItem>(items.Count);
        foreach (var item in items)
        {
            var definition = await definitions.GetTypeAsync(item.ContentType, cancellationToken);
            var rows = definition is null ? [] : await editors.DisplayAsync(item, definition, cancellationToken);
            var model = new ContentDisplayViewModel(item, definition, rows, IsPreview: false);
            var url = addresses.GetValueOrDefault(item.ContentItemId)?.Url;
            var template = await templates.ResolveAsync(TemplateNames.For(item, ContentDisplayType.Summary), db, cancellationToken);
            var summary = template is null ? "" : await engine.RenderAsync(template.Template, model, ContentDisplayType.Summary, services, url);
            listed.Add(new ListedItem(item, model.Title, url, new HtmlString(summary)));
        }

        return listed;
    }
}
