using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Core.Security;
using Cms.Workflows.Activities;
using Cms.Workflows.Activities.Settings;
using Cms.Workflows.Localization;
using Cms.Workflows.Models;
using Cms.Workflows.Recipes;
using Cms.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Controllers;

/// <summary>
/// A workflow type's activities one at a time: each activity's settings form, adding one from the catalogue, removing
/// one with its transitions, and adding and removing transitions. Every change is saved as the JSON editor saves, through
/// <see cref="WorkflowTypeStore"/>: a new version, validated as a whole, and no instance is touched.
/// </summary>
[Area("Admin")]
[Route(WorkflowAdminUrls.Types + "/{typeId}/activities")]
[RequirePermission(nameof(Permissions.ManageWorkflows))]
public sealed class WorkflowActivitiesController(
    LtkDbContext db,
    WorkflowTypeStore store,
    ActivityCatalog catalog,
    ActivitySettingsForm settings,
    WorkflowGraphBuilder graphs,
    AuditTrailService audit,
    IStringLocalizer<WorkflowActivityAdminStrings> T) : Controller
{
    private const string EditView = "Edit";

    [HttpGet("add")]
    public async Task<IActionResult> Add(string typeId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(typeId, cancellationToken) is not { } draft)
        {
            return NotFound();
        }

        var groups = catalog.All
            .Select(a => (Category: catalog.CategoryOf(a), Item: new ActivityCatalogueItem(a.Name, catalog.DisplayNameOf(a), catalog.DescriptionOf(a), a.IsEvent)))
            .GroupBy(x => x.Category)
            .OrderBy(g => g.Key, DanishCulture.Comparer)
            .Select(g => new ActivityCatalogueGroup(g.Key, g.Select(x => x.Item).OrderBy(i => i.DisplayName, DanishCulture.Comparer).ToList()))
            .ToList();
        return View(new ActivityCatalogueViewModel(typeId, draft.Name, groups));
    }

    [HttpGet("add/{activityName}")]
    public async Task<IActionResult> AddActivity(string typeId, string activityName, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(typeId, cancellationToken) is not { } draft || catalog.Find(activityName) is not { } activity)
        {
            return NotFound();
        }

        var record = new ActivityRecord { Name = activity.Name };
        return View(EditView, await ModelAsync(typeId, draft, await LatestAsync(typeId, cancellationToken), activity, record, null, cancellationToken));
    }

    [HttpPost("add/{activityName}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> AddActivity(string typeId, string activityName, ActivityEditForm form, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(typeId, cancellationToken) is not { } draft || catalog.Find(activityName) is not { } activity)
        {
            return NotFound();
        }

        var definition = Copy(draft.Definition);
        var record = new ActivityRecord { ActivityId = NewActivityId(definition, activity), Name = activity.Name };
        var (ok, editorModel) = await ApplyAsync(activity, record, form);
        if (ok)
        {
            definition.Activities.Add(record);
            if (await SaveAsync(draft, definition, $"Added {record.ActivityId} ({activity.Name})", cancellationToken) is { } version)
            {
                TempData["Message"] = T["{0} was added and version {1} was saved. Connect it with transitions below.", WorkflowGraphBuilder.TitleOf(record), version].Value;
                return Redirect(WorkflowActivityUrls.Activity(typeId, record.ActivityId));
            }
        }

        record.ActivityId = "";
        return View(EditView, await ModelAsync(typeId, draft, await LatestAsync(typeId, cancellationToken), activity, record, editorModel, cancellationToken));
    }

    [HttpGet("{activityId}")]
    public async Task<IActionResult> Edit(string typeId, string activityId, CancellationToken cancellationToken)
    {
        if (await FindAsync(typeId, activityId, cancellationToken) is not var (draft, record, activity))
        {
            return NotFound();
        }

        return View(EditView, await ModelAsync(typeId, draft, await LatestAsync(typeId, cancellationToken), activity, record, null, cancellationToken));
    }

    [HttpPost("{activityId}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(string typeId, string activityId, ActivityEditForm form, CancellationToken cancellationToken)
    {
        if (await FindAsync(typeId, activityId, cancellationToken) is not var (draft, stored, activity))
        {
            return NotFound();
        }

        var latest = await LatestAsync(typeId, cancellationToken);
        var definition = Copy(draft.Definition);
        var record = definition.FindActivity(stored.ActivityId)!;
        var (ok, editorModel) = await ApplyAsync(activity, record, form);
        if (latest != form.BaseVersion)
        {
            ModelState.AddModelError("", T["Someone saved version {0} while you were editing version {1}. Your values are kept: compare them with version {0} and save again.", latest, form.BaseVersion]);
            ok = false;
        }

        if (ok && await SaveAsync(draft, definition, $"Edited {record.ActivityId} ({activity.Name})", cancellationToken) is { } version)
        {
            TempData["Message"] = (WorkflowDefinitionJson.AreEqual(definition, draft.Definition)
                ? T["Nothing was changed."]
                : T["The settings of {0} were saved as version {1}. Running instances stay on the version they started on.", WorkflowGraphBuilder.TitleOf(record), version]).Value;
            return Redirect(WorkflowActivityUrls.Activity(typeId, record.ActivityId));
        }

        return View(EditView, await ModelAsync(typeId, draft, latest, activity, record, editorModel, cancellationToken));
    }

    [HttpPost("{activityId}/transitions")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> AddTransition(string typeId, string activityId, TransitionForm form, CancellationToken cancellationToken)
    {
        if (await FindAsync(typeId, activityId, cancellationToken) is not var (draft, record, activity))
        {
            return NotFound();
        }

        var outcomes = activity.GetOutcomes(record);
        var outcome = form.SourceOutcomeName?.Trim() ?? "";
        var destination = form.DestinationActivityId?.Trim() ?? "";
        if (outcome.Length == 0)
        {
            ModelState.AddModelError(nameof(TransitionForm.SourceOutcomeName), T["Choose the outcome the transition leaves from."]);
        }
        else if (!outcomes.Any(o => o.Name == outcome))
        {
            ModelState.AddModelError(nameof(TransitionForm.SourceOutcomeName), outcomes.Count == 0
                ? T["{0} has no outcome '{1}': it has no outcomes yet; give it its settings first.", WorkflowGraphBuilder.TitleOf(record), outcome]
                : T["{0} has no outcome '{1}'. Its outcomes are: {2}.", WorkflowGraphBuilder.TitleOf(record), outcome, string.Join(", ", outcomes.Select(o => o.DisplayName.Value))]);
        }

        if (destination.Length == 0 || draft.Definition.FindActivity(destination) is null)
        {
            ModelState.AddModelError(nameof(TransitionForm.DestinationActivityId), T["Choose the activity the transition goes to."]);
        }
        else if (draft.Definition.From(record.ActivityId, outcome).Any(t => t.DestinationActivityId == destination))
        {
            ModelState.AddModelError(nameof(TransitionForm.DestinationActivityId), T["This transition is there already."]);
        }

        if (ModelState.IsValid)
        {
            var definition = Copy(draft.Definition);
            definition.Transitions.Add(new TransitionRecord(record.ActivityId, outcome, destination));
            if (await SaveAsync(draft, definition, $"Transition {record.ActivityId}:{outcome} → {destination}", cancellationToken) is { } version)
            {
                TempData["Message"] = T["The transition {0} → {1} was added and version {2} was saved.", graphs.OutcomeName(record, outcome), WorkflowGraphBuilder.TitleOf(draft.Definition.FindActivity(destination)!), version].Value;
                return Redirect(WorkflowActivityUrls.Activity(typeId, record.ActivityId) + "#transitions");
            }
        }

        var model = await ModelAsync(typeId, draft, await LatestAsync(typeId, cancellationToken), activity, record, null, cancellationToken, form);
        return View(EditView, model);
    }

    [HttpPost("{activityId}/transitions/remove")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> RemoveTransition(string typeId, string activityId, TransitionForm form, CancellationToken cancellationToken)
    {
        if (await FindAsync(typeId, activityId, cancellationToken) is not var (draft, record, _))
        {
            return NotFound();
        }

        var definition = Copy(draft.Definition);
        var removed = definition.Transitions.RemoveAll(t => t.SourceActivityId == record.ActivityId
            && t.SourceOutcomeName == form.SourceOutcomeName && t.DestinationActivityId == form.DestinationActivityId);
        if (removed == 0)
        {
            TempData["Message"] = T["That transition is not there (any more); nothing was changed."].Value;
            return Redirect(WorkflowActivityUrls.Activity(typeId, record.ActivityId) + "#transitions");
        }

        var destination = draft.Definition.FindActivity(form.DestinationActivityId ?? "");
        if (await SaveAsync(draft, definition, $"Removed transition {record.ActivityId}:{form.SourceOutcomeName} → {form.DestinationActivityId}", cancellationToken) is { } version)
        {
            TempData["Message"] = T["The transition {0} → {1} was removed and version {2} was saved.", graphs.OutcomeName(record, form.SourceOutcomeName ?? ""),
                destination is null ? form.DestinationActivityId ?? "" : WorkflowGraphBuilder.TitleOf(destination), version].Value;
            return Redirect(WorkflowActivityUrls.Activity(typeId, record.ActivityId) + "#transitions");
        }

        return View(EditView, await ModelAsync(typeId, draft, await LatestAsync(typeId, cancellationToken), catalog.Find(record.Name)!, record, null, cancellationToken));
    }

    [HttpGet("{activityId}/delete")]
    public async Task<IActionResult> Delete(string typeId, string activityId, CancellationToken cancellationToken)
    {
        if (await FindAsync(typeId, activityId, cancellationToken) is not var (draft, record, activity))
        {
            return NotFound();
        }

        return View(DeleteModel(typeId, draft, record, activity, await LatestAsync(typeId, cancellationToken)));
    }

    [HttpPost("{activityId}/delete")]
    [ValidateAntiForgeryToken]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed(string typeId, string activityId, CancellationToken cancellationToken)
    {
        if (await FindAsync(typeId, activityId, cancellationToken) is not var (draft, record, activity))
        {
            return NotFound();
        }

        var definition = Copy(draft.Definition);
        definition.Activities.RemoveAll(a => a.ActivityId == record.ActivityId);
        definition.Transitions.RemoveAll(t => t.SourceActivityId == record.ActivityId || t.DestinationActivityId == record.ActivityId);
        if (await SaveAsync(draft, definition, $"Removed {record.ActivityId} ({record.Name})", cancellationToken) is { } version)
        {
            TempData["Message"] = T["{0} and its transitions were removed and version {1} was saved. Running instances stay on the version they started on.", WorkflowGraphBuilder.TitleOf(record), version].Value;
            return Redirect(WorkflowAdminUrls.Type(typeId));
        }

        return View(DeleteModel(typeId, draft, record, activity, await LatestAsync(typeId, cancellationToken)));
    }

    /// <summary>
    /// Binds the posted title, start flag and settings into <paramref name="record"/> and checks them: the description's
    /// checks (or the activity's own editor's), then the activity's own checks on what would be stored.
    /// </summary>
    private async Task<(bool Ok, object? EditorModel)> ApplyAsync(Activity activity, ActivityRecord record, ActivityEditForm form)
    {
        var title = form.Title?.Trim();
        if (title?.Length > 200)
        {
            ModelState.AddModelError(nameof(ActivityEditForm.Title), T["The title can be at most 200 characters."]);
        }

        ActivityProperties.SetTitle(record, title);
        record.IsStart = activity.IsEvent && form.IsStart;
        var editor = settings.EditorOf(activity);
        object? editorModel = null;
        if (editor is not null)
        {
            editorModel = Activator.CreateInstance(editor.ModelType)!;
            await TryUpdateModelAsync(editorModel, editor.ModelType, "");
            editor.Validate(editorModel, ModelState);
            editor.Write(editorModel, record);
        }
        else
        {
            var values = ActivitySettingsForm.Bind(activity, Request.Form);
            settings.Validate(activity, values, ModelState);
            ActivitySettingsForm.Write(activity, values, record);
            editorModel = values;
        }

        ActivitySettingsForm.AddActivityErrors(activity, record, editor, ModelState);
        return (ModelState.IsValid, editorModel);
    }

    /// <summary>
    /// Saves the changed document as the JSON editor does: validated as a whole, a new version, audited. Returns the version,
    /// or null with the reasons in the model state (the rest of the type refused, or someone saving at the same moment).
    /// </summary>
    private async Task<int?> SaveAsync(WorkflowTypeDraft stored, WorkflowDefinition definition, string what, CancellationToken cancellationToken)
    {
        var draft = stored with { Definition = definition };
        WorkflowTypeSaveResult result;
        try
        {
            result = await store.SaveAsync(draft, cancellationToken);
        }
        catch (WorkflowValidationException ex)
        {
            db.ChangeTracker.Clear();
            foreach (var error in ex.Errors)
            {
                ModelState.AddModelError("", error);
            }

            return null;
        }

        if (result.Change != WorkflowTypeChange.Unchanged)
        {
            audit.Record(new AuditTrailEntry(NotifyTask.AuditCategory, result.Change.ToString(), stored.WorkflowTypeId, stored.Name)
            {
                ObjectType = "WorkflowType",
                Comment = $"Version {result.Version}: {what}",
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
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", T["Someone saved this workflow type at the same moment. Your values are kept: look at the newest version and save again."]);
            return null;
        }

        return result.Version;
    }

    private async Task<(WorkflowTypeDraft Draft, ActivityRecord Record, Activity Activity)?> FindAsync(string typeId, string activityId, CancellationToken cancellationToken) =>
        await store.GetAsync(typeId, cancellationToken) is { } draft
        && draft.Definition.FindActivity(activityId) is { } record
        && catalog.Find(record.Name) is { } activity
            ? (draft, record, activity)
            : null;

    private Task<int> LatestAsync(string typeId, CancellationToken cancellationToken) =>
        db.Set<WorkflowType>().AsNoTracking().Where(t => t.WorkflowTypeId == typeId).Select(t => t.LatestVersion).FirstAsync(cancellationToken);

    private async Task<ActivityEditorViewModel> ModelAsync(string typeId, WorkflowTypeDraft draft, int latest, Activity activity, ActivityRecord record, object? posted, CancellationToken cancellationToken, TransitionForm? transition = null)
    {
        var editor = settings.EditorOf(activity);
        var isNew = record.ActivityId.Length == 0;
        var definition = draft.Definition;
        IReadOnlyList<ActivitySettingField> fields = [];
        ActivitySettingsEditorModel? editorModel = null;
        if (editor is not null)
        {
            editorModel = new(posted ?? editor.Read(record), activity, record);
        }
        else
        {
            fields = await settings.FieldsAsync(activity, posted as IReadOnlyDictionary<string, ActivitySettingValue> ?? ActivitySettingsForm.Read(activity, record), cancellationToken);
        }

        string Title(string id) => definition.FindActivity(id) is { } a ? WorkflowGraphBuilder.TitleOf(a) : id;
        return new ActivityEditorViewModel
        {
            WorkflowTypeId = typeId,
            TypeName = draft.Name,
            BaseVersion = latest,
            ActivityId = isNew ? null : record.ActivityId,
            Activity = activity,
            DisplayName = catalog.DisplayNameOf(activity),
            Description = catalog.DescriptionOf(activity),
            Title = record.Title,
            IsStart = record.IsStart,
            Fields = fields,
            EditorView = editor?.View,
            EditorModel = editorModel,
            Inputs = [nameof(ActivityEditForm.Title), .. editor?.Inputs ?? fields.Select(f => f.Name)],
            Outgoing = isNew ? [] : definition.Transitions.Where(t => t.SourceActivityId == record.ActivityId)
                .Select(t => new ActivityTransitionRow(t.SourceOutcomeName, graphs.OutcomeName(record, t.SourceOutcomeName), t.DestinationActivityId, Title(t.DestinationActivityId))).ToList(),
            Incoming = isNew ? [] : definition.Into(record.ActivityId)
                .Select(t => new ActivityTransitionRow(t.SourceOutcomeName, graphs.OutcomeName(definition.FindActivity(t.SourceActivityId), t.SourceOutcomeName), t.SourceActivityId, Title(t.SourceActivityId))).ToList(),
            Outcomes = definition.FindActivity(record.ActivityId) is { } storedRecord
                ? activity.GetOutcomes(storedRecord).Select(o => new ActivityChoice(o.Name, o.DisplayName.Value)).ToList()
                : [],
            Destinations = definition.Activities.Select(a => new ActivityChoice(a.ActivityId, a.ActivityId == record.ActivityId
                ? T["{0} (itself)", WorkflowGraphBuilder.TitleOf(a)].Value
                : WorkflowGraphBuilder.TitleOf(a))).ToList(),
            Transition = transition ?? new(),
        };
    }

    private ActivityDeleteViewModel DeleteModel(string typeId, WorkflowTypeDraft draft, ActivityRecord record, Activity activity, int latest)
    {
        var definition = draft.Definition;
        string Title(string id) => definition.FindActivity(id) is { } a ? WorkflowGraphBuilder.TitleOf(a) : id;
        return new ActivityDeleteViewModel(typeId, draft.Name, record.ActivityId, WorkflowGraphBuilder.TitleOf(record), catalog.DisplayNameOf(activity),
            definition.Transitions.Where(t => t.SourceActivityId == record.ActivityId)
                .Select(t => new ActivityTransitionRow(t.SourceOutcomeName, graphs.OutcomeName(record, t.SourceOutcomeName), t.DestinationActivityId, Title(t.DestinationActivityId))).ToList(),
            definition.Into(record.ActivityId).Where(t => t.SourceActivityId != record.ActivityId)
                .Select(t => new ActivityTransitionRow(t.SourceOutcomeName, graphs.OutcomeName(definition.FindActivity(t.SourceActivityId), t.SourceOutcomeName), t.SourceActivityId, Title(t.SourceActivityId))).ToList(),
            latest + 1);
    }

    /// <summary>A copy to change: the stored draft stays as it was, for the audit's "before".</summary>
    private static WorkflowDefinition Copy(WorkflowDefinition definition) => WorkflowDefinitionJson.Read(WorkflowDefinitionJson.Write(definition));

    /// <summary>A readable id that says what the activity is (usertask-2), unique in the type.</summary>
    private static string NewActivityId(WorkflowDefinition definition, Activity activity)
    {
        var stem = activity.Name.ToLowerInvariant();
        for (var n = 1; ; n++)
        {
            var id = $"{stem}-{n}";
            if (definition.FindActivity(id) is null)
            {
                return id;
            }
        }
    }
}
