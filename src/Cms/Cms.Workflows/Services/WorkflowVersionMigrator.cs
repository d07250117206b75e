using Cms.Core.Data;
using Cms.Workflows.Activities;
using Cms.Workflows.Localization;
using Cms.Workflows.Models;
using Cms.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Services;

/// <summary>
/// Moves halted instances to their type's newest version, only when asked: instances otherwise run to their end on
/// the version they started on. A dry run lists per instance what would change and what blocks the move; the
/// move itself takes the instances without problems and leaves the others where they are. A wait the new version
/// no longer has (the activity is gone, or is now another activity) is withdrawn with its task and timer; an instance
/// left waiting on nothing at all ends as aborted (decision 0038). The messages are in the reader's language.
/// </summary>
public sealed class WorkflowVersionMigrator(
    LtkDbContext db,
    WorkflowTypeVersions versions,
    ActivityCatalog catalog,
    WorkflowWithdrawals withdrawals,
    TimeProvider clock,
    IStringLocalizer<WorkflowDefinitionStrings> T)
{
    public async Task<WorkflowMigrationReport> MoveToLatestAsync(string workflowTypeId, bool dryRun, CancellationToken cancellationToken = default)
    {
        var type = await db.Set<WorkflowType>().AsNoTracking().FirstOrDefaultAsync(t => t.WorkflowTypeId == workflowTypeId, cancellationToken)
            ?? throw new InvalidOperationException($"There is no workflow type '{workflowTypeId}'.");
        var target = await versions.GetAsync(workflowTypeId, type.LatestVersion, cancellationToken)
            ?? throw new InvalidOperationException($"Workflow type '{workflowTypeId}' has no version {type.LatestVersion}.");
        var instances = await db.Set<WorkflowInstance>()
            .Where(i => i.WorkflowTypeId == workflowTypeId && i.Status == WorkflowStatus.Halted && i.TypeVersion < type.LatestVersion)
            .OrderBy(i => i.Id)
            .ToListAsync(cancellationToken);
        var ids = instances.Select(i => i.WorkflowId).ToList();
        var blocking = await db.Set<BlockingActivity>().Where(b => ids.Contains(b.WorkflowId)).ToListAsync(cancellationToken);
        var tasks = await db.Set<WorkflowTask>().AsNoTracking().Where(t => ids.Contains(t.WorkflowId) && t.Status == WorkflowTaskStatus.Open).ToListAsync(cancellationToken);

        var plans = new List<InstanceMigrationPlan>();
        foreach (var instance in instances)
        {
            var source = await versions.GetAsync(workflowTypeId, instance.TypeVersion, cancellationToken) ?? new WorkflowDefinition();
            var waits = blocking.Where(b => b.WorkflowId == instance.WorkflowId).ToList();
            var plan = Plan(instance, source, target, type.LatestVersion, waits, tasks.Where(t => t.WorkflowId == instance.WorkflowId).ToList());
            plans.Add(plan);
            if (dryRun || !plan.CanMove)
            {
                continue;
            }

            var gone = waits.Where(w => !StillWaits(w, target)).ToList();
            await withdrawals.WithdrawAsync(instance, gone, WithdrawalReasons.Moved, cancellationToken);
            instance.TypeVersion = type.LatestVersion;
            foreach (var removed in instance.ActivityState.Select(s => s.Key).Where(id => target.FindActivity(id) is null).ToList())
            {
                instance.ActivityState.Remove(removed);
            }

            foreach (var wait in waits.Except(gone))
            {
                wait.ActivityName = catalog.Find(target.FindActivity(wait.ActivityId)!.Name)?.Name ?? wait.ActivityName;
            }

            if (waits.Count > 0 && gone.Count == waits.Count)
            {
                await withdrawals.AbortAsync(instance, T["Moved to version {0}, which leaves it nothing to wait on.", type.LatestVersion], cancellationToken);
            }

            instance.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
            instance.ConcurrencyStamp = Guid.NewGuid();
        }

        return new WorkflowMigrationReport(workflowTypeId, type.LatestVersion, plans, !dryRun);
    }

    /// <summary>Whether the new version still has the activity the instance waits on, as the same activity.</summary>
    private bool StillWaits(BlockingActivity wait, WorkflowDefinition target) =>
        target.FindActivity(wait.ActivityId) is { } now && catalog.Find(now.Name)?.Name == wait.ActivityName;

    private InstanceMigrationPlan Plan(WorkflowInstance instance, WorkflowDefinition source, WorkflowDefinition target, int toVersion, List<BlockingActivity> waits, List<WorkflowTask> tasks)
    {
        var changes = new List<string>();
        foreach (var wait in waits)
        {
            var now = target.FindActivity(wait.ActivityId);
            var before = source.FindActivity(wait.ActivityId);
            if (!StillWaits(wait, target))
            {
                var task = tasks.FirstOrDefault(t => t.ActivityId == wait.ActivityId);
                changes.Add((task, now) switch
                {
                    ({ } t, null) => T["The task '{0}' will be withdrawn: version {1} no longer has the activity '{2}' it waits on.", t.Title, toVersion, wait.ActivityId],
                    ({ } t, { } a) => T["The task '{0}' will be withdrawn: in version {1} the activity '{2}' is {3} instead.", t.Title, toVersion, wait.ActivityId, a.Name],
                    (null, null) => T["The wait at '{0}' ({1}) will be withdrawn: version {2} no longer has that activity.", wait.ActivityId, wait.ActivityName, toVersion],
                    (null, { } a) => T["The wait at '{0}' ({1}) will be withdrawn: in version {2} that activity is {3} instead.", wait.ActivityId, wait.ActivityName, toVersion, a.Name],
                });
            }
            else if (before is not null && !System.Text.Json.Nodes.JsonNode.DeepEquals(before.Properties, now!.Properties))
            {
                changes.Add(T["The settings of '{0}' ({1}), which it waits on, change.", wait.ActivityId, wait.ActivityName]);
            }
        }

        if (waits.Count > 0 && waits.All(w => !StillWaits(w, target)))
        {
            changes.Add(T["Version {0} leaves it nothing to wait on: it will end as aborted.", toVersion]);
        }

        foreach (var state in instance.ActivityState.Select(s => s.Key).Where(id => target.FindActivity(id) is null))
        {
            changes.Add(T["The state of activity '{0}', which version {1} no longer has, is dropped.", state, toVersion]);
        }

        var added = target.Activities.Count(a => source.FindActivity(a.ActivityId) is null);
        var removed = source.Activities.Count(a => target.FindActivity(a.ActivityId) is null);
        if (added > 0 || removed > 0)
        {
            changes.Add(T["Version {0} adds {1} and removes {2} activities.", toVersion, added, removed]);
        }

        if (!source.Transitions.ToHashSet().SetEquals(target.Transitions))
        {
            changes.Add(T["Version {0} changes the transitions: after the activity it waits on, it may go elsewhere.", toVersion]);
        }

        // Nothing stops a move now that what the new version no longer waits on is withdrawn; Problems stays for checks to come.
        return new InstanceMigrationPlan(instance.WorkflowId, instance.CorrelationId, instance.TypeVersion, toVersion, changes, []);
    }
}
