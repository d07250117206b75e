using System.Text.Json.Nodes;
using Cms.Core.Data;
using Cms.Workflows.Models;
using Cms.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cms.Workflows.Recipes;

/// <summary>Writes the <c>WorkflowType</c> recipe step for the latest version of the given types (all when none are named).</summary>
public sealed class WorkflowTypeExporter(LtkDbContext db, WorkflowTypeStore store)
{
    public async Task<JsonObject> BuildStepAsync(IReadOnlyCollection<string>? workflowTypeIds = null, CancellationToken cancellationToken = default)
    {
        var ids = await db.Set<WorkflowType>().AsNoTracking()
            .Where(t => workflowTypeIds == null || workflowTypeIds.Contains(t.WorkflowTypeId))
            .OrderBy(t => t.Name).Select(t => t.WorkflowTypeId)
            .ToListAsync(cancellationToken);
        var data = new JsonArray();
        foreach (var id in ids)
        {
            data.Add(WorkflowTypeJson.Write((await store.GetAsync(id, cancellationToken))!));
        }

        return new JsonObject { ["name"] = "WorkflowType", ["data"] = data };
    }
}
