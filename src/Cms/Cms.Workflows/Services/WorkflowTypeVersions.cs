using Cms.Core.Data;
using Cms.Workflows.Models;
using Microsoft.EntityFrameworkCore;

namespace Cms.Workflows.Services;

/// <summary>
/// Reads type versions for one scope. A stored version never changes, so each is read once per scope; the
/// documents are not shared between scopes because their JSON nodes are not safe to read from several threads.
/// </summary>
public sealed class WorkflowTypeVersions(LtkDbContext db)
{
    private readonly Dictionary<(string TypeId, int Version), WorkflowDefinition> _read = [];

    public async Task<WorkflowDefinition?> GetAsync(string workflowTypeId, int version, CancellationToken cancellationToken)
    {
        if (_read.TryGetValue((workflowTypeId, version), out var cached))
        {
            return cached;
        }

        var row = await db.Set<WorkflowTypeVersion>().AsNoTracking()
            .FirstOrDefaultAsync(v => v.WorkflowTypeId == workflowTypeId && v.Version == version, cancellationToken);
        if (row is null)
        {
            return null;
        }

        _read[(workflowTypeId, version)] = row.Definition;
        return row.Definition;
    }
}
