using System.Text.Json.Nodes;
using Cms.Contents.Localization;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Data;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Fields;

/// <summary>ChoiceField: one option (radio buttons) or several (checkboxes) of the field's list.</summary>
public sealed class ChoiceFieldDriver(IStringLocalizer<ContentStrings> T) : IContentFieldDriver
{
    public string FieldType => FieldTypes.Choice;

    public string EditorView => "~/Areas/Admin/Views/Content/Fields/ChoiceField.cshtml";

    public void WriteInputs(JsonObject? value, FieldContext field, ContentEditorForm form, bool isNew)
    {
        var values = FieldDriverSupport.GetStrings(value, "Values");
        if (values.Count == 0 && isNew && field.Settings<ChoiceFieldSettings>().DefaultValue is { Length: > 0 } fallback)
        {
            values = [fallback];
        }

        form.Set(field.Name("Values"), values.ToArray());
    }

    public Task<JsonObject> UpdateAsync(FieldContext field, ContentEditorForm form, CancellationToken cancellationToken)
    {
        var settings = field.Settings<ChoiceFieldSettings>();
        var name = field.Name("Values");
        var chosen = form.GetAll(name).Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Any(v => settings.Options.All(o => o.Value != v)))
        {
            form.AddError(name, T["Choose {0} from the list.", field.Label]);
            chosen = chosen.Where(v => settings.Options.Any(o => o.Value == v)).ToList();
        }
        else if (!settings.Multiple && chosen.Count > 1)
        {
            form.AddError(name, T["Choose only one option for {0}.", field.Label]);
        }
        else if (settings.Required && chosen.Count == 0)
        {
            form.AddError(name, T["Choose {0}.", field.Label]);
        }

        return Task.FromResult(new JsonObject { ["Values"] = new JsonArray(chosen.Select(v => (JsonNode)JsonValue.Create(v)).ToArray()) });
    }

    public Task<ContentDisplay> DisplayAsync(JsonObject? value, FieldContext field, CancellationToken cancellationToken)
    {
        var options = field.Settings<ChoiceFieldSettings>().Options;
        var names = FieldDriverSupport.GetStrings(value, "Values").Select(v => options.FirstOrDefault(o => o.Value == v)?.Name ?? v);
        return Task.FromResult(ContentDisplay.FromText(string.Join(", ", names)));
    }
}

/// <summary>An item a picker offers.</summary>
public sealed record PickableItem(string ContentItemId, string DisplayText, string ContentType, bool Published);

/// <summary>
/// What a content picker offers: the chosen items (always, so a save keeps them) and one page of the items
/// that match the search, by title.
/// </summary>
public sealed record ContentPickerEditorData(IReadOnlyList<PickableItem> Chosen, IReadOnlyList<PickableItem> Items, string Search, int Page, int Pages, int Total);

/// <summary>ContentPickerField: links to other items of the allowed types, stored as their ids.</summary>
public sealed class ContentPickerFieldDriver(IStringLocalizer<ContentStrings> T, LtkDbContext db) : IContentFieldDriver
{
    /// <summary>Items a picker shows at once; the rest are found by searching or turning the page.</summary>
    public const int PageSize = 50;

    public string FieldType => FieldTypes.ContentPicker;

    public string EditorView => "~/Areas/Admin/Views/Content/Fields/ContentPickerField.cshtml";

    public void WriteInputs(JsonObject? value, FieldContext field, ContentEditorForm form, bool isNew) =>
        form.Set(field.Name("ContentItemIds"), FieldDriverSupport.GetStrings(value, "ContentItemIds").ToArray());

    public async Task<JsonObject> UpdateAsync(FieldContext field, ContentEditorForm form, CancellationToken cancellationToken)
    {
        var settings = field.Settings<ContentPickerFieldSettings>();
        var name = field.Name("ContentItemIds");
        var chosen = form.GetAll(name).Distinct(StringComparer.Ordinal).ToList();
        var allowed = await Query(settings).Where(i => chosen.Contains(i.ContentItemId)).Select(i => i.ContentItemId).ToListAsync(cancellationToken);
        if (chosen.Count != allowed.Count)
        {
            form.AddError(name, T["Choose {0} from the list.", field.Label]);
            chosen = chosen.Where(allowed.Contains).ToList();
        }
        else if (!settings.Multiple && chosen.Count > 1)
        {
            form.AddError(name, T["Choose only one item for {0}.", field.Label]);
        }
        else if (settings.Required && chosen.Count == 0)
        {
            form.AddError(name, T["Choose {0}.", field.Label]);
        }

        return new JsonObject { ["ContentItemIds"] = new JsonArray(chosen.Select(v => (JsonNode)JsonValue.Create(v)).ToArray()) };
    }

    public Task<object?> EditorDataAsync(FieldContext field, CancellationToken cancellationToken) =>
        EditorDataAsync(field, new ContentEditorForm(), cancellationToken);

    public async Task<object?> EditorDataAsync(FieldContext field, ContentEditorForm form, CancellationToken cancellationToken)
    {
        var settings = field.Settings<ContentPickerFieldSettings>();
        var chosenIds = form.GetAll(field.Name("ContentItemIds")).Distinct(StringComparer.Ordinal).ToList();
        var chosen = chosenIds.Count == 0 ? [] : await Query(settings).Where(i => chosenIds.Contains(i.ContentItemId))
            .OrderBy(i => i.DisplayTextNormalized).Select(i => new PickableItem(i.ContentItemId, i.DisplayText, i.ContentType, i.Published))
            .ToListAsync(cancellationToken);

        var search = form.Get(field.Name("Search")).Trim();
        var matching = Query(settings);
        if (search.Length > 0)
        {
            var normalized = search.ToLowerInvariant();
            matching = matching.Where(i => i.DisplayTextNormalized.Contains(normalized));
        }

        var total = await matching.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = EditorRefresh.Page(form, field.Prefix, pages);
        var items = await matching.OrderBy(i => i.DisplayTextNormalized).ThenBy(i => i.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(i => new PickableItem(i.ContentItemId, i.DisplayText, i.ContentType, i.Published))
            .ToListAsync(cancellationToken);
        return new ContentPickerEditorData(chosen, items.Where(i => !chosenIds.Contains(i.ContentItemId)).ToList(), search, page, pages, total);
    }

    public async Task<ContentDisplay> DisplayAsync(JsonObject? value, FieldContext field, CancellationToken cancellationToken)
    {
        var ids = FieldDriverSupport.GetStrings(value, "ContentItemIds");
        if (ids.Count == 0)
        {
            return ContentDisplay.Empty;
        }

        var titles = await db.Set<ContentItem>().AsNoTracking().Where(i => ids.Contains(i.ContentItemId) && i.Latest)
            .Select(i => new { i.ContentItemId, i.DisplayText }).ToDictionaryAsync(i => i.ContentItemId, i => i.DisplayText, cancellationToken);
        var names = ids.Select(id => titles.GetValueOrDefault(id, id)).ToList();
        var html = new HtmlContentBuilder();
        html.AppendHtml("<ul class=\"content-picker-list\">");
        foreach (var title in names)
        {
            html.AppendHtml("<li>").Append(title).AppendHtml("</li>");
        }

        html.AppendHtml("</ul>");
        return new ContentDisplay(string.Join(", ", names), html);
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
