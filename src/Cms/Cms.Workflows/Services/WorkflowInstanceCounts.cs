using Cms.Core.Data;
using Cms.Workflows.Models;
using Microsoft.EntityFrameworkCore;

namespace Cms.Workflows.Services;

/// <summary>How many instances each type has in each status: one grouped query for all types (or the one named).</summary>
public static class WorkflowInstanceCounts
{
    public static async Task<Dictionary<(string TypeId, WorkflowStatus Status), int>> ReadAsync(LtkDbContext db, string? workflowTypeId, CancellationToken cancellationToken)
    {
        var query = db.Set<WorkflowInstance>().AsNoTracking();
        if (workflowTypeId is not null)
        {
            query = query.Where(i => i.WorkflowTypeId == workflowTypeId);
        }

        var rows = await query
            .GroupBy(i => new { i.WorkflowTypeId, i.Status })
            .Select(g => new { g.Key.WorkflowTypeId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => (r.WorkflowTypeId, r.Status), r => r.Count);
    }

    public static WorkflowTypeListItem Item(WorkflowType type, Dictionary<(string TypeId, WorkflowStatus Status), int> counts) => new(
        type.WorkflowTypeId,
        type.Name,
        type.IsEnabled,
        type.LatestVersion,
        counts.GetValueOrDefault((type.WorkflowTypeId, WorkflowStatus.Running)),
        counts.GetValueOrDefault((type.WorkflowTypeId, WorkflowStatus.Halted)),
        counts.GetValueOrDefault((type.WorkflowTypeId, WorkflowStatus.Faulted)));
}
