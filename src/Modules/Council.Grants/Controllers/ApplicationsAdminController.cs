using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Export;
using Cms.Core.Localization;
using Cms.Core.Security;
using Cms.Forms.Editors;
using Cms.Forms.Models;
using Council.Grants.Data;
using Council.Grants.Localization;
using Council.Grants.Models;
using Council.Grants.Services;
using Council.Meetings.Schedule;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Controllers;

/// <summary>
/// The secretariat's applications (<c>/admin/applications</c>): the list with its filters, search, sort and paging
/// from the index table alone, its export with the same filters, and one application's page with every answer, its
/// history and the internal notes. The list and the export read their filters in one place.
/// </summary>
[Area("Admin")]
[Route("/admin/applications")]
[RequirePermission(nameof(Permissions.ManageGrantApplications))]
public sealed class ApplicationsAdminController(
    GrantApplicationList list,
    GrantApplicationTexts texts,
    GrantStatusTexts statusTexts,
    GrantPoolLedger ledger,
    IMeetingSchedule schedule,
    ContentManager contents,
    ContentDefinitionManager definitions,
    ContentEditorService editors,
    IEnumerable<IApplicationWorkflowHistory> workflows,
    AuditTrailService audit,
    AuditTrailCategories categories,
    LtkDbContext db,
    SiteTimeZone siteTime,
    TimeProvider clock,
    IStringLocalizer<GrantStrings> T) : Controller
{
    public const int PageSize = 50;
    public const string AuditCategory = "GrantApplication";

    private const int MaxAuditEvents = 200;

    private static readonly string[] s_dateFormats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ApplicationListFilter filter, CancellationToken cancellationToken)
    {
        var criteria = Read(filter);
        var model = await ListModelAsync(filter, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        // One count and one page, both from the index table: no document is read for the list.
        var query = list.Filtered(criteria);
        model.Total = await query.CountAsync(cancellationToken);
        model.PageCount = Math.Max(1, (model.Total + PageSize - 1) / PageSize);
        filter.Page = Math.Clamp(filter.Page, 1, model.PageCount);
        var rows = await GrantApplicationList.Sorted(query, criteria.Sort).Skip((filter.Page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        model.Rows = rows.Select(Row).ToList();
        return View(model);
    }

    /// <summary>The applications the filters select, every page of them, as CSV or XLSX; the same columns of personal data as the list (decision 0046).</summary>
    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] ApplicationListFilter filter, [FromQuery] ExportFormat format = ExportFormat.Xlsx, CancellationToken cancellationToken = default)
    {
        var criteria = Read(filter);
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), await ListModelAsync(filter, cancellationToken));
        }

        var columns = new ExportColumn[]
        {
            new(T["Reference"], Width: 16), new(T["Status"], Width: 20), new(T["Applicant kind"], Width: 20), new(T["Applicant"]),
            new(T["Organisation"]), new(T["Project"], Width: 40), new(T["Amount applied for"], ExportValueKind.Amount, 16),
            new(T["Total budget"], ExportValueKind.Amount, 16), new(T["Submitted"], ExportValueKind.Date, 12),
            new(T["Meeting"], ExportValueKind.Date, 12), new(T["Flags"], Width: 30),
        };
        var rows = GrantApplicationList.Sorted(list.Filtered(criteria), criteria.Sort).AsAsyncEnumerable()
            .Select(i => (IReadOnlyList<object?>)
            [
                i.Reference, statusTexts.Label(i.Status), texts.Kind(i.ApplicantKind), i.ApplicantName, i.Organisation, i.ProjectTitle,
                i.AmountAppliedFor, i.TotalBudget, DateOnly.FromDateTime(siteTime.ToLocal(i.SubmittedUtc)), i.MeetingDate,
                string.Join(", ", texts.Flags(i.LowerPriority, i.StartsBeforeMeeting)),
            ]);

        // Who took which applications out of the admin is recorded before the file leaves.
        audit.Record(new AuditTrailEntry(AuditCategory, "Exported", "applications", T["Grant applications"])
        {
            ObjectType = "GrantApplicationList",
            Comment = $"{format}: {(filter.ToQuery() is { Length: > 0 } query ? query : T["no filters"])}",
        });
        await db.SaveChangesAsync(cancellationToken);
        var day = DateOnly.FromDateTime(siteTime.ToLocal(clock.GetUtcNow().UtcDateTime)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ExportFileResult(new ExportTable(T["Grant applications"], columns, rows), format, $"{T["grant-applications"]}-{day}");
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Detail(string id, CancellationToken cancellationToken) =>
        await DetailModelAsync(id, new NoteInput(), cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("{id}/notes")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> AddNote(string id, NoteInput input, CancellationToken cancellationToken)
    {
        var item = await ApplicationAsync(id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var text = (input.Text ?? "").Trim();
        if (text.Length == 0)
        {
            ModelState.AddModelError(nameof(NoteInput.Text), T["Write the note before you save it."]);
        }
        else if (text.Length > GrantApplicationNote.MaxLength)
        {
            ModelState.AddModelError(nameof(NoteInput.Text), T["A note can be at most {0} characters; this one has {1}.", GrantApplicationNote.MaxLength, text.Length]);
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Detail), await DetailModelAsync(id, input, cancellationToken));
        }

        var author = AuditTrailService.UserNameOf(HttpContext);
        db.Set<GrantApplicationNote>().Add(new GrantApplicationNote
        {
            ContentItemId = item.ContentItemId,
            AuthorName = author,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Text = text,
        });
        audit.Record(new AuditTrailEntry(AuditCategory, "NoteAdded", item.ContentItemId, item.DisplayText)
        {
            ObjectType = item.ContentType,
            After = new JsonObject { ["Note"] = text },
        });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = T["The note was saved."].Value;
        return Redirect($"/admin/applications/{Uri.EscapeDataString(item.ContentItemId)}#notes");
    }

    /// <summary>The filters as checked criteria; a bad value is a model-state error at its field.</summary>
    private ApplicationListCriteria Read(ApplicationListFilter filter)
    {
        GrantApplicationStatus? status = null;
        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            if (Enum.TryParse<GrantApplicationStatus>(filter.Status.Trim(), ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
            {
                status = parsed;
            }
            else
            {
                ModelState.AddModelError(nameof(filter.Status), T["Choose a status from the list."]);
            }
        }

        var kind = filter.Kind?.Trim() is { Length: > 0 } k ? k : null;
        if (kind is not null && !ApplicantKinds.All.Contains(kind))
        {
            ModelState.AddModelError(nameof(filter.Kind), T["Choose an applicant kind from the list."]);
        }

        int? year = null;
        if (!string.IsNullOrWhiteSpace(filter.Year))
        {
            if (int.TryParse(filter.Year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= PoolAdminController.FirstYear and <= 2200)
            {
                year = y;
            }
            else
            {
                ModelState.AddModelError(nameof(filter.Year), T["Write the year with four digits, e.g. 2027."]);
            }
        }

        DateOnly? meeting = null;
        if (!string.IsNullOrWhiteSpace(filter.Meeting))
        {
            if (DateOnly.TryParseExact(filter.Meeting.Trim(), s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var m))
            {
                meeting = m;
            }
            else
            {
                ModelState.AddModelError(nameof(filter.Meeting), T["Write the meeting's date as day.month.year, e.g. 04.03.2027."]);
            }
        }

        var flag = filter.Flag?.Trim() is { Length: > 0 } f ? f : null;
        if (flag is not null && !ApplicationListFilter.Flags.Contains(flag))
        {
            ModelState.AddModelError(nameof(filter.Flag), T["Choose a flag from the list."]);
        }

        var sort = filter.Sort?.Trim() is { Length: > 0 } s && ApplicationListFilter.Sorts.Contains(s) ? s : ApplicationListFilter.SortNewest;
        var search = filter.Q?.Trim() is { Length: > 0 } q ? q[..Math.Min(q.Length, 200)] : null;
        return new ApplicationListCriteria { Status = status, Kind = kind, Year = year, Meeting = meeting, Flag = flag, Search = search, Sort = sort };
    }

    /// <summary>The list page's model before any application is read: the filters as typed and what they offer.</summary>
    private async Task<ApplicationListViewModel> ListModelAsync(ApplicationListFilter filter, CancellationToken cancellationToken)
    {
        var years = (await ledger.YearsAsync(cancellationToken)).Append(ledger.CurrentYear).Distinct().OrderDescending().ToList();
        var meetings = (await schedule.GetComingMeetingsAsync(cancellationToken)).Select(m => m.DateText).ToList();
        if (filter.Meeting?.Trim() is { Length: > 0 } chosen && !meetings.Contains(chosen))
        {
            meetings.Insert(0, chosen);
        }

        return new ApplicationListViewModel
        {
            Filter = filter,
            FilterQuery = filter.ToQuery(),
            Statuses = [.. Enum.GetValues<GrantApplicationStatus>().Select(s => (s, statusTexts.Label(s)))],
            Kinds = [.. ApplicantKinds.All.Select(k => (k, texts.Kind(k)))],
            Years = years,
            Meetings = meetings,
        };
    }

    private ApplicationListRow Row(GrantApplicationIndex i) => new(
        i.ContentItemId,
        i.Reference,
        statusTexts.Label(i.Status),
        texts.Kind(i.ApplicantKind),
        Applicant(i.ApplicantName, i.Organisation),
        i.ProjectTitle,
        GrantAmounts.Format(i.AmountAppliedFor),
        DanishDate(DateOnly.FromDateTime(siteTime.ToLocal(i.SubmittedUtc))),
        texts.Flags(i.LowerPriority, i.StartsBeforeMeeting));

    private static string Applicant(string name, string organisation) =>
        (name.Length, organisation.Length) switch
        {
            (> 0, > 0) => $"{name} ({organisation})",
            (> 0, _) => name,
            (_, > 0) => organisation,
            _ => "–",
        };

    private static string DanishDate(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private async Task<ContentItem?> ApplicationAsync(string id, CancellationToken cancellationToken)
    {
        if (id.Length is 0 or > 26)
        {
            return null;
        }

        var item = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken);
        return item is not null && item.DeletedUtc is null && item.TryGetPart(nameof(GrantApplicationPart)) is not null ? item : null;
    }

    private async Task<ApplicationDetailViewModel?> DetailModelAsync(string id, NoteInput note, CancellationToken cancellationToken)
    {
        var item = await ApplicationAsync(id, cancellationToken);
        var definition = await definitions.GetSharedAsync(cancellationToken);
        if (item is null || definition.FindType(item.ContentType) is not { } type)
        {
            return null;
        }

        var part = item.As<GrantApplicationPart>();
        var budget = item.As<GrantBudgetPart>();
        var events = await db.Set<AuditTrailEvent>().AsNoTracking()
            .Where(e => e.ObjectId == item.ContentItemId)
            .OrderByDescending(e => e.CreatedUtc).ThenByDescending(e => e.Id)
            .Take(MaxAuditEvents)
            .ToListAsync(cancellationToken);
        var notes = await db.Set<GrantApplicationNote>().AsNoTracking()
            .Where(n => n.ContentItemId == item.ContentItemId)
            .OrderByDescending(n => n.CreatedUtc).ThenByDescending(n => n.Id)
            .ToListAsync(cancellationToken);
        var workflow = workflows.FirstOrDefault() is { } history ? await history.ReadAsync(item.ContentItemId, cancellationToken) : null;
        return new ApplicationDetailViewModel
        {
            ContentItemId = item.ContentItemId,
            Title = item.DisplayText,
            Reference = GrantApplicationFields.Reference(item) ?? "",
            Status = statusTexts.Label(part.Status),
            Kind = texts.Kind(GrantApplicationFields.Choice(item, GrantApplicationFields.ApplicantKind) ?? ""),
            Amount = budget.AmountAppliedFor is { } applied ? GrantAmounts.Format(applied) : "–",
            TotalBudget = GrantAmounts.Format(budget.Total),
            Submitted = siteTime.FormatDateTime(part.SubmittedUtc ?? item.CreatedUtc),
            ExpectedMeeting = part.ExpectedMeetingDate is { } expected ? DanishDate(expected) : null,
            AgendaMeeting = part.AgendaMeetingDate is { } agenda ? DanishDate(agenda) : null,
            Flags = texts.Flags(part.LowerPriority, part.StartsBeforeMeeting),
            Groups = await AnswersAsync(item, type, definition, cancellationToken),
            StatusHistory = StatusHistory(events),
            Workflow = workflow,
            Audit = [.. events.Select(e => new ApplicationAuditLine(siteTime.FormatDateTime(e.CreatedUtc), categories.DisplayName(e.Category), HttpContext.RequestServices.GetRequiredService<GrantAuditEventNames>().Label(e.EventName), e.UserName, e.Comment))],
            Notes = [.. notes.Select(n => new ApplicationNoteLine(n.AuthorName, siteTime.FormatDateTime(n.CreatedUtc), n.Text))],
            Note = note,
        };
    }

    /// <summary>Every answer in the form's steps and order; what is not on the form (the secretariat's part) is left to the status block.</summary>
    private async Task<IReadOnlyList<ApplicationAnswerGroup>> AnswersAsync(ContentItem item, ContentTypeDefinition type, ContentDefinition definition, CancellationToken cancellationToken)
    {
        var form = type.Settings.GetSettings<FormSettings>();
        var steps = form.Steps.Select(s => (s.Name, Title: s.Title ?? s.Name)).ToList();
        var other = T["Other information"].Value;
        var byStep = new Dictionary<string, List<ApplicationAnswer>>(StringComparer.Ordinal);
        foreach (var row in await editors.DisplayAsync(item, type, cancellationToken))
        {
            var (partName, fieldName) = row.Key.IndexOf('.') is var dot and > 0 ? (row.Key[..dot], row.Key[(dot + 1)..]) : (row.Key, null);
            if (partName == nameof(GrantApplicationPart) || type.OrderedParts.FirstOrDefault(p => p.Name == partName) is not { } typePart)
            {
                continue;
            }

            var field = fieldName is null ? null : definition.FindPart(typePart.PartName)?.FindField(fieldName);
            var settings = field is null ? typePart.Settings.GetSettings<FormElementSettings>() : field.Settings.GetSettings<FormElementSettings>();
            var step = settings.Step is { } s && steps.Any(x => x.Name == s) ? s : settings.OnForm && steps.Count > 0 ? steps[0].Name : other;
            string? fileUrl = null;
            if (field?.FieldName == FileFieldDriver.Type && item.FileField(partName, field.Name).FileId is { Length: > 0 } fileId)
            {
                fileUrl = FileFieldDriver.DownloadUrl(fileId);
            }

            var empty = row.Value.Text.Length == 0;
            IHtmlContent value = empty ? new HtmlString("–") : fileUrl is not null ? new HtmlContentBuilder().Append(row.Value.Text) : row.Value.Html;
            if (!byStep.TryGetValue(step, out var answers))
            {
                byStep[step] = answers = [];
            }

            answers.Add(new ApplicationAnswer(row.Label, value, empty, fileUrl));
        }

        return
        [
            .. steps.Where(s => byStep.ContainsKey(s.Name)).Select(s => new ApplicationAnswerGroup(s.Title, byStep[s.Name])),
            .. byStep.TryGetValue(other, out var rest) ? [new ApplicationAnswerGroup(other, rest)] : Array.Empty<ApplicationAnswerGroup>(),
        ];
    }

    /// <summary>The statuses the application took, oldest first, read from its content events' saved data.</summary>
    private List<ApplicationStatusChange> StatusHistory(IEnumerable<AuditTrailEvent> newestFirst)
    {
        var changes = new List<ApplicationStatusChange>();
        string? last = null;
        foreach (var e in newestFirst.Where(e => e.Category == "Content" && e.AfterJson is not null).Reverse())
        {
            var status = StatusIn(e.AfterJson!);
            if (status is not null && status != last)
            {
                var label = Enum.TryParse<GrantApplicationStatus>(status, out var parsed) ? statusTexts.Label(parsed) : status;
                changes.Add(new ApplicationStatusChange(siteTime.FormatDateTime(e.CreatedUtc), label, e.UserName));
                last = status;
            }
        }

        return changes;
    }

    private static string? StatusIn(string json)
    {
        try
        {
            return JsonNode.Parse(json)?["Content"]?[nameof(GrantApplicationPart)]?["Status"] is JsonValue value && value.TryGetValue<string>(out var status) ? status : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
