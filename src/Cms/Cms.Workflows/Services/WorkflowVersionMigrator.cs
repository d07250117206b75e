using Cms.Core.Data;
using Cms.Workflows.Activities;
using Cms.Workflows.Models;
using Microsoft.EntityFrameworkCore;

namespace Cms.Workflows.Services;

/// <summary>
/// Moves halted instances to their type's newest version, only when asked: instances otherwise run to their end on
/// the version they started on. A dry run lists per instance what would change and what blocks the move; the
/// move itself takes the instances without problems and leaves the others where they are.
/// </summary>
public sealed class WorkflowVersionMigrator(LtkDbContext db, WorkflowTypeVersions versions, ActivityCatalog catalog, TimeProvider clock)
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

        var plans = new List<InstanceMigrationPlan>();
        foreach (var instance in instances)
        {
            var source = await versions.GetAsync(workflowTypeId, instance.TypeVersion, cancellationToken) ?? new WorkflowDefinition();
            var waits = blocking.Where(b => b.WorkflowId == instance.WorkflowId).ToList();
            var plan = Plan(instance, source, target, type.LatestVersion, waits);
            plans.Add(plan);
            if (dryRun || !plan.CanMove)
            {
                continue;
            }

            instance.TypeVersion = type.LatestVersion;
            foreach (var removed in instance.ActivityState.Select(s => s.Key).Where(id => target.FindActivity(id) is null).ToList())
            {
                instance.ActivityState.Remove(removed);
            }

            foreach (var wait in waits)
            {
                wait.ActivityName = catalog.Find(target.FindActivity(wait.ActivityId)!.Name)?.Name ?? wait.ActivityName;
            }

            instance.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
            instance.ConcurrencyStamp = Guid.NewGuid();
        }

        return new WorkflowMigrationReport(workflowTypeId, type.LatestVersion, plans, !dryRun);
    }

    private InstanceMigrationPlan Plan(WorkflowInstance instance, WorkflowDefinition source, WorkflowDefinition target, int toVersion, IReadOnlyList<BlockingActivity> waits)
    {
        var changes = new List<string>();
        var problems = new List<string>();
        foreach (var wait in waits)
        {
            var now = target.FindActivity(wait.ActivityId);
            var before = source.FindActivity(wait.ActivityId);
            if (now is null)
            {
                problems.Add($"It waits on activity '{wait.ActivityId}' ({wait.ActivityName}), which version {toVersion} no longer has.");
            }
            else if (catalog.Find(now.Name)?.Name != wait.ActivityName)
            {
                problems.Add($"It waits on activity '{wait.ActivityId}' as {wait.ActivityName}; in version {toVersion} that activity is {now.Name}.");
            }
            else if (before is not null && !System.Text.Json.Nodes.JsonNode.DeepEquals(before.Properties, now.Properties))
            {
                changes.Add($"The settings of '{wait.ActivityId}' ({wait.ActivityName}), which it waits on, change.");
            }
        }

        foreach (var state in instance.ActivityState.Select(s => s.Key).Where(id => target.FindActivity(id) is null))
        {
            changes.Add($"The state of activity '{state}', which version {toVersion} no longer has, is dropped.");
        }

        var added = target.Activities.Count(a => source.FindActivity(a.ActivityId) is null);
        var removed = source.Activities.Count(a => target.FindActivity(a.ActivityId) is null);
        if (added > 0 || removed > 0)
        {
            changes.Add($"Version {toVersion} adds {added} and removes {removed} activities.");
        }

        if (!source.Transitions.ToHashSet().SetEquals(target.Transitions))
        {
            changes.Add($"Version {toVersion} changes the transitions: after the activity it waits on, it may go elsewhere.");
        }

        return new InstanceMigrationPlan(instance.WorkflowId, instance.CorrelationId, instance.TypeVersion, toVersion, changes, problems);
    }
}
