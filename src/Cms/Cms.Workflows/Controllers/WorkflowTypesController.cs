using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Core.Security;
using Cms.Workflows.Activities;
using Cms.Workflows.Localization;
using Cms.Workflows.Models;
using Cms.Workflows.Recipes;
using Cms.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Controllers;

/// <summary>
/// Workflow types in the admin: the list with instance counts, create, enable or disable, the editor (options and the
/// Orchard-shaped document, validated before anything is stored; a changed document becomes a new version and no
/// instance is touched), the versions, export, delete, and moving halted instances to the newest version after a dry run.
/// </summary>
[Area("Admin")]
[Route(WorkflowAdminUrls.Types)]
[RequirePermission(nameof(Permissions.ManageWorkflows))]
public sealed partial class WorkflowTypesController(
    LtkDbContext db,
    WorkflowTypeStore store,
    WorkflowDefinitionValidator validator,
    WorkflowVersionMigrator migrator,
    WorkflowTypeExporter exporter,
    WorkflowGraphBuilder graphs,
    ActivityCatalog catalog,
    AuditTrailService audit,
    SiteTimeZone siteTime,
    IStringLocalizer<WorkflowAdminStrings> T,
    IStringLocalizer<WorkflowStrings> W,
    IStringLocalizer<WorkflowDefinitionStrings> D) : Controller
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonDocumentOptions s_lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var types = await db.Set<WorkflowType>().AsNoTracking().ToListAsync(cancellationToken);
        var counts = await WorkflowInstanceCounts.ReadAsync(db, null, cancellationToken);
        return View(types.Select(t => WorkflowInstanceCounts.Item(t, counts)).OrderBy(t => t.Name, DanishCulture.Comparer).ToList());
    }

    [HttpGet("create")]
    public IActionResult Create() => View(new WorkflowTypeCreateViewModel());

    [HttpPost("create")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(WorkflowTypeCreateViewModel model, CancellationToken cancellationToken)
    {
        var name = model.Name?.Trim() ?? "";
        if (name.Length == 0 || name.Length > 500)
        {
            ModelState.AddModelError(nameof(model.Name), name.Length == 0 ? T["Give the workflow type a name."] : T["The name can be at most 500 characters."]);
            return View(model);
        }

        // Off until its activities are in place: a new type must not start on events half-written.
        var draft = new WorkflowTypeDraft { WorkflowTypeId = WorkflowIds.New(), Name = name, IsEnabled = false, Definition = new WorkflowDefinition() };
        await store.SaveAsync(draft, cancellationToken);
        audit.Record(new AuditTrailEntry(NotifyTask.AuditCategory, "Created", draft.WorkflowTypeId, name) { ObjectType = "WorkflowType" });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = T["The workflow type {0} was created. Add its activities and transitions, then enable it.", name].Value;
        return Redirect(WorkflowAdminUrls.Type(draft.WorkflowTypeId));
    }

    [HttpGet("{typeId}")]
    public async Task<IActionResult> Edit(string typeId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(typeId, cancellationToken) is not { } draft)
        {
            return NotFound();
        }

        var model = new WorkflowTypeEditViewModel
        {
            Name = draft.Name,
            IsEnabled = draft.IsEnabled,
            IsSingleton = draft.IsSingleton,
            LockTimeout = draft.LockTimeout.ToString(CultureInfo.InvariantCulture),
            LockExpiration = draft.LockExpiration.ToString(CultureInfo.InvariantCulture),
            DeleteFinishedWorkflows = draft.DeleteFinishedWorkflows,
            Definition = WorkflowDefinitionJson.Write(draft.Definition).ToJsonString(s_indented),
        };
        return View(await FillAsync(model, typeId, draft.Definition, cancellationToken));
    }

    [HttpPost("{typeId}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(string typeId, WorkflowTypeEditViewModel model, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(typeId, cancellationToken) is not { } stored)
        {
            return NotFound();
        }

        var name = model.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            ModelState.AddModelError(nameof(model.Name), T["Give the workflow type a name."]);
        }

        var lockTimeout = Milliseconds(model.LockTimeout, nameof(model.LockTimeout));
        var lockExpiration = Milliseconds(model.LockExpiration, nameof(model.LockExpiration));
        var definition = ReadDefinition(model.Definition ?? "");
        var latest = await db.Set<WorkflowType>().AsNoTracking().Where(t => t.WorkflowTypeId == typeId).Select(t => t.LatestVersion).FirstAsync(cancellationToken);
        if (definition is not null && latest != model.BaseVersion && !WorkflowDefinitionJson.AreEqual(definition, stored.Definition))
        {
            ModelState.AddModelError(nameof(model.Definition), T["Someone saved version {0} while you were editing version {1}. Your text is kept below: compare it with version {0} and save again.", latest, model.BaseVersion]);
        }

        if (!ModelState.IsValid || definition is null)
        {
            return View(await FillAsync(model, typeId, definition ?? stored.Definition, cancellationToken, keepBaseVersion: true));
        }

        var draft = new WorkflowTypeDraft
        {
            WorkflowTypeId = typeId,
            Name = name,
            IsEnabled = model.IsEnabled,
            IsSingleton = model.IsSingleton,
            LockTimeout = lockTimeout,
            LockExpiration = lockExpiration,
            DeleteFinishedWorkflows = model.DeleteFinishedWorkflows,
            Definition = definition,
        };
        var result = await store.SaveAsync(draft, cancellationToken);
        if (result.Change != WorkflowTypeChange.Unchanged)
        {
            audit.Record(new AuditTrailEntry(NotifyTask.AuditCategory, result.Change.ToString(), typeId, name)
            {
                ObjectType = "WorkflowType",
                Comment = result.Change == WorkflowTypeChange.NewVersion ? $"Version {result.Version}" : null,
                Before = WorkflowTypeJson.Write(stored),
                After = WorkflowTypeJson.Write(draft),
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another save of this type got there first (the same version number, or the type's stamp).
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(model.Definition), T["Someone saved this workflow type at the same moment. Your text is kept below: compare it with the newest version and save again."]);
            return View(await FillAsync(model, typeId, definition, cancellationToken, keepBaseVersion: true));
        }

        TempData["Message"] = result.Change switch
        {
            WorkflowTypeChange.NewVersion => T["Version {0} was saved. New instances start on it; running instances stay on the version they started on.", result.Version].Value,
            WorkflowTypeChange.OptionsChanged => T["The options were saved; the activities and transitions did not change, so there is no new version."].Value,
            _ => T["Nothing was changed."].Value,
        };
        return Redirect(WorkflowAdminUrls.Type(typeId));
    }

    [HttpPost("{typeId}/enable")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Enable(string typeId, [FromForm] bool enabled, CancellationToken cancellationToken)
    {
        if (await db.Set<WorkflowType>().FirstOrDefaultAsync(t => t.WorkflowTypeId == typeId, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        if (type.IsEnabled != enabled)
        {
            await store.SetEnabledAsync(type, enabled, cancellationToken);
            audit.Record(new AuditTrailEntry(NotifyTask.AuditCategory, enabled ? "Enabled" : "Disabled", typeId, type.Name) { ObjectType = "WorkflowType" });
            await db.SaveChangesAsync(cancellationToken);
        }

        TempData["Message"] = (enabled
            ? T["{0} is enabled: its start events start new instances.", type.Name]
            : T["{0} is disabled: it starts no new instances; instances already running go on.", type.Name]).Value;
        return Redirect(WorkflowAdminUrls.Types);
    }

    [HttpGet("{typeId}/versions/{version:int}")]
    public async Task<IActionResult> Version(string typeId, int version, CancellationToken cancellationToken)
    {
        var type = await db.Set<WorkflowType>().AsNoTracking().FirstOrDefaultAsync(t => t.WorkflowTypeId == typeId, cancellationToken);
        var row = type is null ? null : await db.Set<WorkflowTypeVersion>().AsNoTracking()
            .FirstOrDefaultAsync(v => v.WorkflowTypeId == typeId && v.Version == version, cancellationToken);
        if (type is null || row is null)
        {
            return NotFound();
        }

        return View(new WorkflowVersionViewModel(typeId, type.Name, version, type.LatestVersion, siteTime.FormatDateTime(row.CreatedUtc), row.CreatedBy,
            graphs.Build(row.Definition), WorkflowDefinitionJson.Write(row.Definition).ToJsonString(s_indented)));
    }

    /// <summary>The type as a recipe with its <c>WorkflowType</c> step, for importing on another site.</summary>
    [HttpGet("{typeId}/export")]
    public async Task<IActionResult> Export(string typeId, CancellationToken cancellationToken)
    {
        var type = await db.Set<WorkflowType>().AsNoTracking().FirstOrDefaultAsync(t => t.WorkflowTypeId == typeId, cancellationToken);
        if (type is null)
        {
            return NotFound();
        }

        var recipe = new JsonObject
        {
            ["name"] = "workflow-" + typeId,
            ["displayName"] = type.Name,
            ["description"] = T["Workflow type {0}, version {1}.", type.Name, type.LatestVersion].Value,
            ["steps"] = new JsonArray(await exporter.BuildStepAsync([typeId], cancellationToken)),
        };
        return File(Encoding.UTF8.GetBytes(recipe.ToJsonString(s_indented)), "application/json", $"workflow-{typeId}.recipe.json");
    }

    [HttpGet("{typeId}/delete")]
    public async Task<IActionResult> Delete(string typeId, CancellationToken cancellationToken) =>
        await DeleteModelAsync(typeId, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("{typeId}/delete")]
    [ValidateAntiForgeryToken]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed(string typeId, CancellationToken cancellationToken)
    {
        if (await DeleteModelAsync(typeId, cancellationToken) is not { } model)
        {
            return NotFound();
        }

        if (model.Type.Unfinished > 0)
        {
            // The page says why; nothing is deleted while an instance may still run or be retried.
            return View(nameof(Delete), model);
        }

        await using (var unit = await db.BeginUnitOfWorkAsync(cancellationToken))
        {
            var type = await db.Set<WorkflowType>().FirstAsync(t => t.WorkflowTypeId == typeId, cancellationToken);
            await store.DeleteAsync(type, cancellationToken);
            audit.Record(new AuditTrailEntry(NotifyTask.AuditCategory, "Deleted", typeId, model.Type.Name)
            {
                ObjectType = "WorkflowType",
                Comment = $"{model.Type.LatestVersion} versions, {model.Finished} ended instances",
            });
            await db.SaveChangesAsync(cancellationToken);
            await unit.CommitAsync(cancellationToken);
        }

        TempData["Message"] = T["The workflow type {0} was deleted.", model.Type.Name].Value;
        return Redirect(WorkflowAdminUrls.Types);
    }

    /// <summary>The dry run: what moving the type's halted instances to its newest version would change, before anything moves.</summary>
    [HttpGet("{typeId}/move")]
    public async Task<IActionResult> Move(string typeId, CancellationToken cancellationToken)
    {
        var type = await db.Set<WorkflowType>().AsNoTracking().FirstOrDefaultAsync(t => t.WorkflowTypeId == typeId, cancellationToken);
        if (type is null)
        {
            return NotFound();
        }

        var report = await migrator.MoveToLatestAsync(typeId, dryRun: true, cancellationToken);
        db.ChangeTracker.Clear();
        return View(new WorkflowMoveViewModel(typeId, type.Name, report));
    }

    [HttpPost("{typeId}/move")]
    [ValidateAntiForgeryToken]
    [ActionName(nameof(Move))]
    public async Task<IActionResult> MoveConfirmed(string typeId, CancellationToken cancellationToken)
    {
        var type = await db.Set<WorkflowType>().AsNoTracking().FirstOrDefaultAsync(t => t.WorkflowTypeId == typeId, cancellationToken);
        if (type is null)
        {
            return NotFound();
        }

        var report = await migrator.MoveToLatestAsync(typeId, dryRun: false, cancellationToken);
        var moved = report.Instances.Where(i => i.CanMove).ToList();
        if (moved.Count > 0)
        {
            audit.Record(new AuditTrailEntry(NotifyTask.AuditCategory, "MovedToLatest", typeId, type.Name)
            {
                ObjectType = "WorkflowType",
                Comment = $"Version {report.ToVersion}: {string.Join(", ", moved.Select(i => i.WorkflowId))}",
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // An event resumed one of them meanwhile: nothing moved; the new dry run shows where they stand now.
            db.ChangeTracker.Clear();
            TempData["Message"] = T["An instance ran while they were being moved, so none was moved. Look at the dry run again."].Value;
            return Redirect(WorkflowAdminUrls.Move(typeId));
        }

        return View("Moved", new WorkflowMoveViewModel(typeId, type.Name, report));
    }

    private async Task<WorkflowTypeDeleteViewModel?> DeleteModelAsync(string typeId, CancellationToken cancellationToken)
    {
        var type = await db.Set<WorkflowType>().AsNoTracking().FirstOrDefaultAsync(t => t.WorkflowTypeId == typeId, cancellationToken);
        if (type is null)
        {
            return null;
        }

        var counts = await WorkflowInstanceCounts.ReadAsync(db, typeId, cancellationToken);
        var ended = counts.Where(c => c.Key.Status is WorkflowStatus.Finished or WorkflowStatus.Aborted).Sum(c => c.Value);
        return new WorkflowTypeDeleteViewModel(WorkflowInstanceCounts.Item(type, counts), ended);
    }

    private async Task<WorkflowTypeEditViewModel> FillAsync(WorkflowTypeEditViewModel model, string typeId, WorkflowDefinition definition, CancellationToken cancellationToken, bool keepBaseVersion = false)
    {
        var type = await db.Set<WorkflowType>().AsNoTracking().FirstAsync(t => t.WorkflowTypeId == typeId, cancellationToken);
        var versions = await db.Set<WorkflowTypeVersion>().AsNoTracking().Where(v => v.WorkflowTypeId == typeId)
            .OrderByDescending(v => v.Version).ToListAsync(cancellationToken);
        var unfinished = await db.Set<WorkflowInstance>().AsNoTracking()
            .Where(i => i.WorkflowTypeId == typeId && i.Status != WorkflowStatus.Finished && i.Status != WorkflowStatus.Aborted)
            .GroupBy(i => i.TypeVersion).Select(g => new { Version = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Version, g => g.Count, cancellationToken);
        model.WorkflowTypeId = typeId;
        model.LatestVersion = type.LatestVersion;
        if (!keepBaseVersion)
        {
            model.BaseVersion = type.LatestVersion;
        }

        model.Versions = versions.Select(v => new WorkflowVersionRow(v.Version, siteTime.FormatDateTime(v.CreatedUtc), v.CreatedBy, v.Definition.Activities.Count,
            unfinished.GetValueOrDefault(v.Version), v.Version == type.LatestVersion)).ToList();
        model.Graph = graphs.Build(definition);
        model.KnownActivities = catalog.All.Select(a => new WorkflowActivityHelp(a.Name, W[a.DisplayName].Value, a.IsEvent, a.OrchardNames,
            a.GetOutcomes(new ActivityRecord { Name = a.Name }).Select(o => o.Name).ToList())).ToList();
        return model;
    }

    private int Milliseconds(string? text, string key)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        ModelState.AddModelError(key, T["Write a whole number of milliseconds, e.g. 30000 (0 for none)."]);
        return 0;
    }

    /// <summary>
    /// Reads the posted document. Every problem goes to the document's field, saying where (the line, the activity's id,
    /// the transition's number) and what to fix; the text itself is left as typed.
    /// </summary>
    private WorkflowDefinition? ReadDefinition(string text)
    {
        const string key = nameof(WorkflowTypeEditViewModel.Definition);
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text.Length == 0 ? "{}" : text, documentOptions: s_lenient);
        }
        catch (JsonException ex)
        {
            ModelState.AddModelError(key, T["The JSON cannot be read at line {0}, character {1}. Check the quotes, commas and brackets just before it.", (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1]);
            return null;
        }

        if (node is not JsonObject json)
        {
            ModelState.AddModelError(key, T["The document must be one JSON object with \"Activities\" and \"Transitions\" lists."]);
            return null;
        }

        WorkflowDefinition definition;
        try
        {
            definition = WorkflowDefinitionJson.Read(json, D);
        }
        catch (FormatException ex)
        {
            ModelState.AddModelError(key, T["The document is incomplete: {0}", ex.Message]);
            return null;
        }

        var errors = validator.Check(definition);
        foreach (var error in errors)
        {
            ModelState.AddModelError(key, LineOf(text, error) is { } line ? T["Line {0}: {1}", line, error.Message] : error.Message);
        }

        return errors.Count == 0 ? definition : null;
    }

    /// <summary>The line of the document a validation message is about: the activity's id, or the transition's position.</summary>
    private static int? LineOf(string text, WorkflowDefinitionError error)
    {
        var index = -1;
        if (error.ActivityId is { Length: > 0 } id)
        {
            index = Regex.Match(text, "\"ActivityId\"\\s*:\\s*\"" + Regex.Escape(id) + "\"", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)) is { Success: true } m ? m.Index : -1;
        }
        else if (error.Transition is { } n)
        {
            var sources = SourceKey().Matches(text);
            index = n >= 1 && n <= sources.Count ? sources[n - 1].Index : -1;
        }

        return index < 0 ? null : text.AsSpan(0, index).Count('\n') + 1;
    }

    [GeneratedRegex("\"SourceActivityId\"\\s*:", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex SourceKey();
}
