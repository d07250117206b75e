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

/// <summary>ContentPickerField: links to other items of the allowed types, stored as their ids.</summary>
public sealed class ContentPickerFieldDriver(IStringLocalizer<ContentStrings> T, LtkDbContext db) : IContentFieldDriver
{
    /// <summary>A picker lists at most this many items; more than that needs a search, not a list.</summary>
    private const int MaxOptions = 500;

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

    public async Task<object?> EditorDataAsync(FieldContext field, CancellationToken cancellationToken) =>
        await Query(field.Settings<ContentPickerFieldSettings>())
            .OrderBy(i => i.DisplayTextNormalized).Take(MaxOptions)
            .Select(i => new PickableItem(i.ContentItemId, i.DisplayText, i.ContentType, i.Published))
            .ToListAsync(cancellationToken);

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
