using Cms.Contents.Localization;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Data;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Fields;

/// <summary>ContentPickerField: links to other items of the allowed types, stored as their ids.</summary>
public sealed class ContentPickerFieldDriver(IStringLocalizer<ContentStrings> T, LtkDbContext db, PublishedContentStore published, ContentRoutes routes, IHttpContextAccessor http) : ContentFieldDriver<ContentPickerField>
{
    /// <summary>Items a picker shows at once; the rest are found by searching or turning the page.</summary>
    public const int PageSize = 50;

    public override string EditorView => "~/Areas/Admin/Views/Content/Fields/ContentPickerField.cshtml";

    /// <summary>
    /// Offers the chosen items and one page of those that match the search; the search and page come from the
    /// editor's inputs (see <see cref="EditorRefresh"/>), and chosen values stay on offer.
    /// </summary>
    public override async ValueTask<object?> EditAsync(ContentPickerField field, FieldContext context, CancellationToken cancellationToken)
    {
        context.SetInput("ContentItemIds", field.ContentItemIds.ToArray());
        var settings = context.Settings<ContentPickerFieldSettings>();
        var chosenIds = context.Inputs("ContentItemIds").Distinct(StringComparer.Ordinal).ToList();
        var chosen = chosenIds.Count == 0 ? [] : await Query(settings).Where(i => chosenIds.Contains(i.ContentItemId))
            .OrderBy(i => i.DisplayTextNormalized).Select(i => new PickableItem(i.ContentItemId, i.DisplayText, i.ContentType, i.Published))
            .ToListAsync(cancellationToken);

        var search = context.Input("Search");
        var matching = Query(settings);
        if (search.Length > 0)
        {
            var normalized = search.ToLowerInvariant();
            matching = matching.Where(i => i.DisplayTextNormalized.Contains(normalized));
        }

        var total = await matching.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = EditorRefresh.Page(context.Form, context.Prefix, pages);
        var items = await matching.OrderBy(i => i.DisplayTextNormalized).ThenBy(i => i.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(i => new PickableItem(i.ContentItemId, i.DisplayText, i.ContentType, i.Published))
            .ToListAsync(cancellationToken);
        return new ContentPickerEditorData(chosen, items.Where(i => !chosenIds.Contains(i.ContentItemId)).ToList(), search, page, pages, total);
    }

    public override async ValueTask UpdateAsync(ContentPickerField field, FieldContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings<ContentPickerFieldSettings>();
        var chosen = context.Inputs("ContentItemIds").Distinct(StringComparer.Ordinal).ToList();
        var allowed = await Query(settings).Where(i => chosen.Contains(i.ContentItemId)).Select(i => i.ContentItemId).ToListAsync(cancellationToken);
        if (chosen.Count != allowed.Count)
        {
            context.AddError("ContentItemIds", T["Choose {0} from the list.", context.Label]);
            chosen = chosen.Where(allowed.Contains).ToList();
        }
        else if (!settings.Multiple && chosen.Count > 1)
        {
            context.AddError("ContentItemIds", T["Choose only one item for {0}.", context.Label]);
        }
        else if (settings.Required && chosen.Count == 0)
        {
            context.AddError("ContentItemIds", T["Choose {0}.", context.Label]);
        }

        field.ContentItemIds = chosen;
    }

    /// <summary>
    /// A published item links to the published items it picked, under their published titles, and leaves out those that
    /// are not published: visitors never see a draft's title. A draft (preview, history) names the latest versions.
    /// </summary>
    public override async ValueTask<ContentDisplay?> DisplayAsync(ContentPickerField field, FieldContext context, CancellationToken cancellationToken)
    {
        var ids = field.ContentItemIds;
        if (ids.Count == 0)
        {
            return ContentDisplay.Empty;
        }

        var links = context.Item.Published ? await PublishedLinksAsync(ids, context.Item.Culture, cancellationToken) : await LatestTitlesAsync(ids, cancellationToken);
        if (links.Count == 0)
        {
            return ContentDisplay.Empty;
        }

        var html = new HtmlContentBuilder();
        html.AppendHtml("<ul class=\"content-picker-list\">");
        foreach (var (title, url) in links)
        {
            html.AppendHtml("<li>");
            if (url is null)
            {
                html.Append(title);
            }
            else
            {
                html.AppendHtml("<a href=\"").Append(url).AppendHtml("\">").Append(title).AppendHtml("</a>");
            }

            html.AppendHtml("</li>");
        }

        html.AppendHtml("</ul>");
        return new ContentDisplay(string.Join(", ", links.Select(l => l.Title)), html);
    }

    private async Task<List<(string Title, string? Url)>> PublishedLinksAsync(IReadOnlyList<string> ids, string? culture, CancellationToken cancellationToken)
    {
        // A cached page is evicted when a picked item changes, also one not published yet (it appears when it is).
        http.HttpContext?.TagOutputCache(ids.Select(OutputCacheTags.ContentItem));
        var snapshot = await published.GetAsync(cancellationToken);
        var addresses = await routes.AddressesAsync(ids, culture, cancellationToken);
        var links = new List<(string, string?)>();
        foreach (var id in ids)
        {
            if (snapshot.Find(id) is { } item)
            {
                links.Add((item.Title, addresses.GetValueOrDefault(id)?.Url));
            }
        }

        return links;
    }

    private async Task<List<(string Title, string? Url)>> LatestTitlesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var titles = await db.Set<ContentItem>().AsNoTracking().Where(i => ids.Contains(i.ContentItemId) && i.Latest)
            .Select(i => new { i.ContentItemId, i.DisplayText }).ToDictionaryAsync(i => i.ContentItemId, i => i.DisplayText, cancellationToken);
        return ids.Select(id => (titles.GetValueOrDefault(id, id), (string?)null)).ToList();
    }

    /// <summary>Items that may be picked: latest versions, not deleted, of the allowed types.</summary>
    private IQueryable<ContentItem> Query(ContentPickerFieldSettings settings)
    {
        var query = db.Set<ContentItem>().AsNoTracking().Where(i => i.Latest && i.DeletedUtc == null);
        if (!settings.DisplayAllContentTypes)
        {
            var types = settings.DisplayedContentTypes;
            query = query.Where(i => types.Contains(i.ContentType));
        }

        return query;
    }
}
