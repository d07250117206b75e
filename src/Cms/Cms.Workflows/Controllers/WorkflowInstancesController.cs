using System.Globalization;
using System.Text.Json;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Core.Security;
using Cms.Workflows.Activities;
using Cms.Workflows.Localization;
using Cms.Workflows.Models;
using Cms.Workflows.Services;
using Cms.Workflows.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Controllers;

/// <summary>
/// A type's instances: the list filtered by status, correlation id and start date, and an instance's page with its
/// data, journal and position in its version's drawing, where a faulted instance can be retried from the failed activity
/// and an unfinished one aborted after a confirm step (its tasks are withdrawn and its timers cancelled).
/// </summary>
[Area("Admin")]
[Route(WorkflowAdminUrls.Types + "/{typeId}/instances")]
[RequirePermission(nameof(Permissions.ManageWorkflows))]
public sealed class WorkflowInstancesController(
    LtkDbContext db,
    WorkflowManager manager,
    WorkflowTypeVersions versions,
    WorkflowGraphBuilder graphs,
    AuditTrailService audit,
    SiteTimeZone siteTime,
    IStringLocalizer<WorkflowAdminStrings> T,
    IStringLocalizer<WorkflowDefinitionStrings> D) : Controller
{
    public const int PageSize = 50;

    /// <summary>The longest reason an abort keeps, in the journal and the audit trail.</summary>
    public const int MaxReasonLength = 1000;

    private static readonly string[] s_dayFormats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [HttpGet("")]
    public async Task<IActionResult> Index(string typeId, [FromQuery] WorkflowInstanceFilter filter, CancellationToken cancellationToken)
    {
        var type = await db.Set<WorkflowType>().AsNoTracking().FirstOrDefaultAsync(t => t.WorkflowTypeId == typeId, cancellationToken);
        if (type is null)
        {
            return NotFound();
        }

        var model = new WorkflowInstancesViewModel { WorkflowTypeId = typeId, Name = type.Name, LatestVersion = type.LatestVersion, Filter = filter, FilterQuery = FilterQuery(filter) };
        model.HaltedOnOlderVersions = await db.Set<WorkflowInstance>().CountAsync(
            i => i.WorkflowTypeId == typeId && i.Status == WorkflowStatus.Halted && i.TypeVersion < type.LatestVersion, cancellationToken);
        var query = db.Set<WorkflowInstance>().AsNoTracking().Where(i => i.WorkflowTypeId == typeId);
        if (filter.Status is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.CorrelationId))
        {
            var correlation = filter.CorrelationId.Trim();
            query = query.Where(i => i.CorrelationId == correlation);
        }

        var from = Day(filter.From, nameof(filter.From));
        var to = Day(filter.To, nameof(filter.To));
        if (from is not null && to is not null && to < from)
        {
            ModelState.AddModelError(nameof(filter.To), T["The last day must be on or after the first day."]);
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        if (from is { } first)
        {
            var start = siteTime.ToUtc(first.ToDateTime(TimeOnly.MinValue));
            query = query.Where(i => i.CreatedUtc >= start);
        }

        if (to is { } last)
        {
            // The whole last day counts: everything before the next local midnight.
            var end = siteTime.ToUtc(last.AddDays(1).ToDateTime(TimeOnly.MinValue));
            query = query.Where(i => i.CreatedUtc < end);
        }

        model.Total = await query.CountAsync(cancellationToken);
        model.PageCount = Math.Max(1, (model.Total + PageSize - 1) / PageSize);
        filter.Page = Math.Clamp(filter.Page, 1, model.PageCount);
        var rows = await query.OrderByDescending(i => i.CreatedUtc).ThenByDescending(i => i.Id)
            .Skip((filter.Page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        model.Rows = rows.Select(i => new WorkflowInstanceRow(i.WorkflowId, i.Status, i.TypeVersion, i.CorrelationId,
            siteTime.FormatDateTime(i.CreatedUtc), siteTime.FormatDateTime(i.ModifiedUtc), i.Error)).ToList();
        return View(model);
    }

    [HttpGet("{workflowId}")]
    public async Task<IActionResult> Detail(string typeId, string workflowId, CancellationToken cancellationToken)
    {
        var instance = await db.Set<WorkflowInstance>().AsNoTracking().FirstOrDefaultAsync(i => i.WorkflowId == workflowId && i.WorkflowTypeId == typeId, cancellationToken);
        var type = instance is null ? null : await db.Set<WorkflowType>().AsNoTracking().FirstOrDefaultAsync(t => t.WorkflowTypeId == typeId, cancellationToken);
        if (instance is null || type is null)
        {
            return NotFound();
        }

        var definition = await versions.GetAsync(typeId, instance.TypeVersion, cancellationToken);
        var waiting = await db.Set<BlockingActivity>().AsNoTracking().Where(b => b.WorkflowId == workflowId)
            .OrderBy(b => b.Id).Select(b => b.ActivityId).ToListAsync(cancellationToken);
        var marks = waiting.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => WorkflowGraphMark.Waiting, StringComparer.Ordinal);
        if (instance is { Status: WorkflowStatus.Faulted, FaultedActivityId: { } faulted })
        {
            marks[faulted] = WorkflowGraphMark.Faulted;
        }

        string Title(string activityId) => definition?.FindActivity(activityId) is { } a ? WorkflowGraphBuilder.TitleOf(a) : activityId;
        var journal = await db.Set<WorkflowJournalEntry>().AsNoTracking().Where(j => j.WorkflowId == workflowId)
            .OrderBy(j => j.Id).ToListAsync(cancellationToken);
        return View(new WorkflowInstanceViewModel
        {
            Instance = instance,
            TypeName = type.Name,
            LatestVersion = type.LatestVersion,
            Created = siteTime.FormatDateTime(instance.CreatedUtc),
            Modified = siteTime.FormatDateTime(instance.ModifiedUtc),
            Finished = instance.FinishedUtc is { } finished ? siteTime.FormatDateTime(finished) : null,
            InputJson = instance.Input.ToJsonString(s_indented),
            PropertiesJson = instance.Properties.ToJsonString(s_indented),
            Waiting = waiting.Select(Title).ToList(),
            FaultedActivity = instance.FaultedActivityId is { } failed ? Title(failed) : null,
            Journal = journal.Select(j => new WorkflowJournalRow(
                siteTime.ToLocal(j.StartedUtc).ToString("dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture),
                Duration(j.DurationMs),
                j.ActivityId,
                IsAbort(j) ? T["The instance was aborted"] : Title(j.ActivityId),
                string.Join(", ", j.Outcomes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(o => graphs.OutcomeName(definition?.FindActivity(j.ActivityId), o))),
                j.Halted,
                j.UserName,
                j.Error)
            {
                // The engine's own reasons are stored as English keys; a person's words are shown as written.
                Note = WithdrawalReasons.IsKnown(j.Note) ? T["Withdrawn: {0}", D[j.Note!]] : j.Note,
            }).ToList(),
            Graph = definition is null ? null : graphs.Build(definition, marks),
        });
    }

    /// <summary>Runs a faulted instance again from the activity that failed (after whatever made it fail has been put right).</summary>
    [HttpPost("{workflowId}/retry")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Retry(string typeId, string workflowId, CancellationToken cancellationToken)
    {
        var typeName = await db.Set<WorkflowInstance>().Where(i => i.WorkflowId == workflowId && i.WorkflowTypeId == typeId)
            .Join(db.Set<WorkflowType>(), i => i.WorkflowTypeId, t => t.WorkflowTypeId, (_, t) => t.Name)
            .FirstOrDefaultAsync(cancellationToken);
        if (typeName is null)
        {
            return NotFound();
        }

        var url = WorkflowAdminUrls.Instance(typeId, workflowId);
        try
        {
            await using var unit = await db.BeginUnitOfWorkAsync(cancellationToken);
            if (!await manager.RetryAsync(workflowId, cancellationToken))
            {
                TempData["Message"] = T["The instance is no longer faulted; it was not run again."].Value;
                return Redirect(url);
            }

            var instance = db.Set<WorkflowInstance>().Local.First(i => i.WorkflowId == workflowId);
            audit.Record(new AuditTrailEntry(NotifyTask.AuditCategory, "Retried", workflowId, typeName) { ObjectType = "WorkflowInstance", Comment = instance.Status.ToString() });
            await db.SaveChangesAsync(cancellationToken);
            await unit.CommitAsync(cancellationToken);
            TempData["Message"] = (instance.Status == WorkflowStatus.Faulted
                ? T["The instance was run again and failed again: {0}", instance.Error ?? ""]
                : T["The instance was run again from the activity that failed."]).Value;
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Message"] = T["The instance ran meanwhile (someone else retried it, or an event resumed it); it was not run again. Here is where it stands now."].Value;
        }

        return Redirect(url);
    }

    /// <summary>Asks before aborting: what the instance waits on and which tasks go with it; a reason may be given.</summary>
    [HttpGet("{workflowId}/abort")]
    public async Task<IActionResult> Abort(string typeId, string workflowId, CancellationToken cancellationToken) =>
        await AbortModelAsync(typeId, workflowId, null, cancellationToken) is { } model ? View(model) : NotFound();

    /// <summary>Aborts the instance for good, recording who did it and why in its journal and the audit trail.</summary>
    [HttpPost("{workflowId}/abort")]
    [ValidateAntiForgeryToken]
    [ActionName(nameof(Abort))]
    public async Task<IActionResult> AbortConfirmed(string typeId, string workflowId, [FromForm] string? reason, CancellationToken cancellationToken)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (await AbortModelAsync(typeId, workflowId, reason, cancellationToken) is not { } model)
        {
            return NotFound();
        }

        var url = WorkflowAdminUrls.Instance(typeId, workflowId);
        if (!model.CanAbort)
        {
            TempData["Message"] = T["The instance has already ended; it was not aborted."].Value;
            return Redirect(url);
        }

        if (reason is { Length: > MaxReasonLength })
        {
            ModelState.AddModelError("Reason", T["The reason can be at most {0} characters.", MaxReasonLength]);
            return View(nameof(Abort), model);
        }

        try
        {
            await using var unit = await db.BeginUnitOfWorkAsync(cancellationToken);
            if (!await manager.AbortAsync(workflowId, reason, cancellationToken))
            {
                TempData["Message"] = T["The instance has already ended; it was not aborted."].Value;
                return Redirect(url);
            }

            audit.Record(new AuditTrailEntry(NotifyTask.AuditCategory, "Aborted", workflowId, model.TypeName) { ObjectType = "WorkflowInstance", Comment = reason });
            await db.SaveChangesAsync(cancellationToken);
            await unit.CommitAsync(cancellationToken);
            TempData["Message"] = T["The instance was aborted; its open tasks were withdrawn and its timers cancelled."].Value;
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Message"] = T["The instance ran meanwhile; it was not aborted. Here is where it stands now."].Value;
        }

        return Redirect(url);
    }

    private async Task<WorkflowAbortViewModel?> AbortModelAsync(string typeId, string workflowId, string? reason, CancellationToken cancellationToken)
    {
        var instance = await db.Set<WorkflowInstance>().AsNoTracking().FirstOrDefaultAsync(i => i.WorkflowId == workflowId && i.WorkflowTypeId == typeId, cancellationToken);
        var type = instance is null ? null : await db.Set<WorkflowType>().AsNoTracking().FirstOrDefaultAsync(t => t.WorkflowTypeId == typeId, cancellationToken);
        if (instance is null || type is null)
        {
            return null;
        }

        var definition = await versions.GetAsync(typeId, instance.TypeVersion, cancellationToken);
        var waiting = await db.Set<BlockingActivity>().AsNoTracking().Where(b => b.WorkflowId == workflowId)
            .OrderBy(b => b.Id).Select(b => b.ActivityId).ToListAsync(cancellationToken);
        var tasks = await db.Set<WorkflowTask>().AsNoTracking().Where(t => t.WorkflowId == workflowId && t.Status == WorkflowTaskStatus.Open)
            .OrderBy(t => t.Id).Select(t => t.Title).ToListAsync(cancellationToken);
        return new WorkflowAbortViewModel
        {
            Instance = instance,
            TypeName = type.Name,
            Waiting = waiting.Select(id => definition?.FindActivity(id) is { } a ? WorkflowGraphBuilder.TitleOf(a) : id).ToList(),
            OpenTasks = tasks,
            Reason = reason,
        };
    }

    private static bool IsAbort(WorkflowJournalEntry entry) => entry.ActivityId.Length == 0 && entry.ActivityName == WorkflowWithdrawals.AbortedEntry;

    private DateOnly? Day(string? text, string key)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), s_dayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        ModelState.AddModelError(key, T["Write the date as dd.mm.yyyy, for example 25.11.2026."]);
        return null;
    }

    private static string Duration(double milliseconds) => milliseconds < 1000
        ? Math.Round(milliseconds, milliseconds < 10 ? 1 : 0).ToString("0.#", CultureInfo.GetCultureInfo("da-DK")) + " ms"
        : (milliseconds / 1000).ToString("0.0#", CultureInfo.GetCultureInfo("da-DK")) + " s";

    private static string FilterQuery(WorkflowInstanceFilter filter)
    {
        var parts = new (string Key, string? Value)[]
        {
            (nameof(filter.Status), filter.Status?.ToString()), (nameof(filter.CorrelationId), filter.CorrelationId),
            (nameof(filter.From), filter.From), (nameof(filter.To), filter.To),
        };
        return string.Join("&", parts.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!.Trim())}"));
    }
}
