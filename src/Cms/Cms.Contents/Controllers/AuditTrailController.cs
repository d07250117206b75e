using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Contents.Localization;
using Cms.Contents.Models;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Export;
using Cms.Core.Localization;
using Cms.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Controllers;

/// <summary>Browses the audit trail: newest first, filtered and paged, with a detail page comparing before and after.</summary>
[Area("Admin")]
[Route("/admin/audit")]
[RequirePermission(nameof(Permissions.ViewAuditTrail))]
public sealed class AuditTrailController(
    LtkDbContext db,
    SiteTimeZone siteTime,
    AuditTrailCategories categories,
    TimeProvider clock,
    IStringLocalizer<ContentTypeStrings> T) : Controller
{
    public const int PageSize = 50;

    private static readonly string[] s_dateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "dd-MM-yyyy"];
    private static readonly JsonSerializerOptions s_pretty = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditTrailFilter filter, CancellationToken cancellationToken)
    {
        var query = Filtered(filter, siteTime.Zone);
        var model = ListModel(filter);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        model.Total = await query.CountAsync(cancellationToken);
        model.PageCount = Math.Max(1, (model.Total + PageSize - 1) / PageSize);
        filter.Page = Math.Clamp(filter.Page, 1, model.PageCount);
        var events = await query.OrderByDescending(e => e.CreatedUtc).ThenByDescending(e => e.Id)
            .Skip((filter.Page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        model.Rows = events.Select(e => Row(e, siteTime.Zone)).ToList();
        return View(model);
    }

    /// <summary>The events the filters select, every page of them, as a CSV or XLSX download; bad filters come back on the list page.</summary>
    [HttpGet("export")]
    public IActionResult Export([FromQuery] AuditTrailFilter filter, [FromQuery] ExportFormat format = ExportFormat.Xlsx)
    {
        var zone = siteTime.Zone;
        var query = Filtered(filter, zone);
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), ListModel(filter));
        }

        var names = categories.All.ToDictionary(c => c.Name, c => categories.DisplayName(c.Name), StringComparer.Ordinal);
        var columns = new ExportColumn[]
        {
            new(T["When"], ExportValueKind.DateTime), new(T["Category"]), new(T["Event"]), new(T["Object"]),
            new(T["Object id"]), new(T["Object type"], Width: 16), new(T["User"], Width: 16),
        };
        var rows = query.OrderByDescending(e => e.CreatedUtc).ThenByDescending(e => e.Id).AsAsyncEnumerable()
            .Select(e => (IReadOnlyList<object?>)
            [
                TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(e.CreatedUtc, DateTimeKind.Utc), zone),
                names.GetValueOrDefault(e.Category, e.Category), e.EventName, e.ObjectName, e.ObjectId, e.ObjectType, e.UserName,
            ]);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, zone)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ExportFileResult(new ExportTable(T["Audit trail"], columns, rows), format, $"{T["audit-trail"]}-{day}");
    }

    /// <summary>The list page's model before any events are read: the filters as typed and the categories to choose from.</summary>
    private AuditTrailIndexViewModel ListModel(AuditTrailFilter filter) =>
        new() { Filter = filter, Categories = categories.All, FilterQuery = FilterQuery(filter) };

    /// <summary>The events the filters select; a bad date is a model-state error at its field and selects nothing more.</summary>
    private IQueryable<AuditTrailEvent> Filtered(AuditTrailFilter filter, TimeZoneInfo zone)
    {
        var query = db.Set<AuditTrailEvent>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            var category = filter.Category.Trim();
            query = query.Where(e => e.Category == category);
        }

        if (!string.IsNullOrWhiteSpace(filter.EventName))
        {
            var eventName = filter.EventName.Trim();
            query = query.Where(e => e.EventName == eventName);
        }

        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            var userName = filter.UserName.Trim();
            query = query.Where(e => e.UserName == userName);
        }

        if (!string.IsNullOrWhiteSpace(filter.ObjectId))
        {
            var objectId = filter.ObjectId.Trim();
            query = query.Where(e => e.ObjectId == objectId);
        }

        var from = ParseDay(filter.From, nameof(filter.From), zone);
        var to = ParseDay(filter.To, nameof(filter.To), zone);
        if (from is not null && to is not null && to < from)
        {
            ModelState.AddModelError(nameof(filter.To), T["The last day must be on or after the first day."]);
        }

        if (from is { } fromUtc)
        {
            query = query.Where(e => e.CreatedUtc >= fromUtc);
        }

        if (to is { } toUtc)
        {
            // The whole last day counts: everything before the next local midnight.
            var end = DayStartUtc(DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(toUtc, zone)).AddDays(1), zone);
            query = query.Where(e => e.CreatedUtc < end);
        }

        return query;
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Detail(long id, CancellationToken cancellationToken)
    {
        var entry = await db.Set<AuditTrailEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        var zone = siteTime.Zone;
        var before = Parse(entry.BeforeJson);
        var after = Parse(entry.AfterJson);
        string? editUrl = null;
        if (entry.Category == "Content" && entry.ObjectType is not null
            && await db.Set<ContentItem>().AnyAsync(i => i.ContentItemId == entry.ObjectId && i.Latest && i.DeletedUtc == null, cancellationToken))
        {
            editUrl = $"/admin/content/{Uri.EscapeDataString(entry.ObjectId)}/edit";
        }

        return View(new AuditTrailDetailViewModel
        {
            Event = Row(entry, zone),
            Comment = entry.Comment,
            BeforeJson = before?.ToJsonString(s_pretty),
            AfterJson = after?.ToJsonString(s_pretty),
            Differences = entry.Category == "Content" ? Compare(before?["Content"], after?["Content"]) : [],
            EditUrl = editUrl,
        });
    }

    /// <summary>One row per part field (e.g. <c>TitlePart.Title</c>), so a reader sees which fields changed.</summary>
    private static List<AuditTrailDifference> Compare(JsonNode? before, JsonNode? after)
    {
        var left = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var right = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Flatten(before, "", left);
        Flatten(after, "", right);
        return left.Keys.Union(right.Keys).Order(StringComparer.Ordinal)
            .Select(k => new AuditTrailDifference(k, left.GetValueOrDefault(k), right.GetValueOrDefault(k)))
            .ToList();
    }

    private static void Flatten(JsonNode? node, string path, IDictionary<string, string> into)
    {
        switch (node)
        {
            case null:
                return;
            case JsonObject obj when path.Split('.').Length < 2 || obj.All(p => p.Value is JsonObject):
                foreach (var (key, value) in obj)
                {
                    Flatten(value, path.Length == 0 ? key : $"{path}.{key}", into);
                }

                break;
            case JsonObject obj:
                // A field's value object: its properties are the field's value ({"Text": …}, {"Url", "Text"}).
                foreach (var (key, value) in obj)
                {
                    into[$"{path}.{key}"] = value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : value?.ToJsonString(s_pretty) ?? "";
                }

                break;
            case JsonValue value:
                into[path] = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
                break;
            default:
                into[path] = node.ToJsonString(s_pretty);
                break;
        }
    }

    private static JsonNode? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return JsonValue.Create(json);
        }
    }

    private static AuditTrailRow Row(AuditTrailEvent e, TimeZoneInfo zone) => new(
        e.Id,
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(e.CreatedUtc, DateTimeKind.Utc), zone).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture),
        e.Category,
        e.EventName,
        e.ObjectId,
        e.ObjectName,
        e.ObjectType,
        e.UserName);

    private DateTime? ParseDay(string? text, string key, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return DayStartUtc(day, zone);
        }

        ModelState.AddModelError(key, T["Write the date as dd.mm.yyyy, for example 25.11.2026."]);
        return null;
    }

    private static DateTime DayStartUtc(DateOnly day, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone);

    private static string FilterQuery(AuditTrailFilter filter)
    {
        var parts = new (string Key, string? Value)[]
        {
            ("Category", filter.Category), ("EventName", filter.EventName), ("UserName", filter.UserName),
            ("ObjectId", filter.ObjectId), ("From", filter.From), ("To", filter.To),
        };
        return string.Join("&", parts.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!.Trim())}"));
    }
}
