using Cms.Contents.Localization;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Core.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Parts;

/// <summary>ListPart: no inputs of its own; the editor shows the list's items and buttons to add new ones.</summary>
public sealed class ListPartDriver(LtkDbContext db, ContentDefinitionManager definitions, IHttpContextAccessor httpContext, IStringLocalizer<ContentStrings> T) : ContentPartDriver<ListPart>
{
    public const int PageSize = 50;

    /// <summary>The query-string value of the list editor's page: <c>/admin/content/{id}/edit?listPage=2</c>.</summary>
    public const string PageQueryName = "listPage";

    /// <summary>Form name prefix of the position inputs, one per item: <c>ListPart.Order.{contentItemId}</c>.</summary>
    public const string OrderPrefix = "ListPart.Order.";

    public override string EditorView => "~/Areas/Admin/Views/Content/Parts/ListPart.cshtml";

    /// <summary>
    /// Applies the positions typed for the list's items. Ordering is not an edit of the items, so their rows
    /// are updated in place (no new versions); the change commits with the save of the list.
    /// </summary>
    public override async ValueTask UpdateAsync(ListPart part, PartContext context, CancellationToken cancellationToken)
    {
        var form = context.Form;
        if (!context.Settings<ListPartSettings>().EnableOrdering)
        {
            return;
        }

        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in form.NamesStartingWith(OrderPrefix))
        {
            if (int.TryParse(form.Get(name).Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var position))
            {
                positions[name[OrderPrefix.Length..]] = position;
            }
            else
            {
                form.AddError(name, T["The position must be a whole number, e.g. 3."]);
            }
        }

        if (positions.Count == 0 || form.Errors.Count > 0)
        {
            return;
        }

        var ids = positions.Keys.ToList();
        var rows = await db.Set<ContentItem>()
            .Where(i => i.ContainerId == context.Item.ContentItemId && ids.Contains(i.ContentItemId) && (i.Latest || i.Published))
            .ToListAsync(cancellationToken);
        foreach (var row in rows.Where(r => r.ContainedOrder != positions[r.ContentItemId]))
        {
            row.ContainedOrder = positions[row.ContentItemId];
            row.Alter<ContainedPart>(p => p.Order = row.ContainedOrder);
            row.ConcurrencyStamp = Guid.NewGuid();
        }
    }

    /// <summary>Offers one page of the list's items and the types that can be added.</summary>
    public override async ValueTask<object?> EditAsync(ListPart part, PartContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings<ListPartSettings>();
        var definition = await definitions.GetAsync(cancellationToken);
        var types = settings.ContainedContentTypes.Select(definition.FindType).OfType<ContentTypeDefinition>().ToList();
        if (context.IsNew)
        {
            return new ListEditorData([], 0, types, settings.EnableOrdering);
        }

        var query = db.Set<ContentItem>().AsNoTracking().Where(i => i.ContainerId == context.Item.ContentItemId && i.Latest && i.DeletedUtc == null);
        var total = await query.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = int.TryParse(httpContext.HttpContext?.Request.Query[PageQueryName], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var asked)
            ? Math.Clamp(asked, 1, pages)
            : 1;
        var ordered = settings.EnableOrdering
            ? query.OrderBy(i => i.ContainedOrder).ThenBy(i => i.CreatedUtc).ThenBy(i => i.Id)
            : query.OrderByDescending(i => i.CreatedUtc).ThenByDescending(i => i.Id);
        var children = await ordered.Skip((page - 1) * PageSize).Take(PageSize)
            .Select(i => new ListChild(i.ContentItemId, i.DisplayText, i.ContentType, i.Published, i.ModifiedUtc, i.ContainedOrder)).ToListAsync(cancellationToken);
        return new ListEditorData(children, total, types, settings.EnableOrdering, page, pages);
    }
}
