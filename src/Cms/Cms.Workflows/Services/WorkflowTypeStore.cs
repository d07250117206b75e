using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Workflows.Models;
using Cms.Workflows.Timers;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Cms.Workflows.Services;

/// <summary>
/// Stores workflow types. A changed document becomes a new version; the old versions and every instance stay,
/// and instances keep running on the version they started on (decision 0027). A save also moves the type's
/// start timers to its latest version and options (decision 0030). Changes are staged in the caller's unit of work.
/// </summary>
public sealed class WorkflowTypeStore(LtkDbContext db, WorkflowDefinitionValidator validator, WorkflowTimers timers, IHttpContextAccessor httpContext, TimeProvider clock)
{
    /// <summary>Validates and stores the draft; throws <see cref="WorkflowValidationException"/> listing what to fix.</summary>
    public async Task<WorkflowTypeSaveResult> SaveAsync(WorkflowTypeDraft draft, CancellationToken cancellationToken = default)
    {
        var errors = validator.Validate(draft.Definition);
        if (string.IsNullOrWhiteSpace(draft.WorkflowTypeId))
        {
            errors = [.. errors, "The type needs a WorkflowTypeId."];
        }

        if (errors.Count > 0)
        {
            throw new WorkflowValidationException(draft.Name, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var type = await db.Set<WorkflowType>().FirstOrDefaultAsync(t => t.WorkflowTypeId == draft.WorkflowTypeId, cancellationToken);
        var change = WorkflowTypeChange.Unchanged;
        if (type is null)
        {
            type = new WorkflowType { WorkflowTypeId = draft.WorkflowTypeId, CreatedUtc = now };
            db.Add(type);
            change = WorkflowTypeChange.Created;
        }

        var latest = type.LatestVersion == 0 ? null : await db.Set<WorkflowTypeVersion>().AsNoTracking()
            .FirstOrDefaultAsync(v => v.WorkflowTypeId == type.WorkflowTypeId && v.Version == type.LatestVersion, cancellationToken);
        if (latest is null || !WorkflowDefinitionJson.AreEqual(latest.Definition, draft.Definition))
        {
            type.LatestVersion++;
            db.Add(new WorkflowTypeVersion
            {
                WorkflowTypeId = type.WorkflowTypeId,
                Version = type.LatestVersion,
                Definition = WorkflowDefinitionJson.Read(WorkflowDefinitionJson.Write(draft.Definition)),
                CreatedUtc = now,
                CreatedBy = AuditTrailService.UserNameOf(httpContext.HttpContext),
            });
            change = change == WorkflowTypeChange.Created ? change : WorkflowTypeChange.NewVersion;
        }

        if (type.Name != draft.Name || type.IsEnabled != draft.IsEnabled || type.IsSingleton != draft.IsSingleton || type.LockTimeout != draft.LockTimeout
            || type.LockExpiration != draft.LockExpiration || type.DeleteFinishedWorkflows != draft.DeleteFinishedWorkflows)
        {
            type.Name = draft.Name;
            type.IsEnabled = draft.IsEnabled;
            type.IsSingleton = draft.IsSingleton;
            type.LockTimeout = draft.LockTimeout;
            type.LockExpiration = draft.LockExpiration;
            type.DeleteFinishedWorkflows = draft.DeleteFinishedWorkflows;
            change = change == WorkflowTypeChange.Unchanged ? WorkflowTypeChange.OptionsChanged : change;
        }

        if (change != WorkflowTypeChange.Unchanged)
        {
            type.ModifiedUtc = now;
            type.ConcurrencyStamp = Guid.NewGuid();
        }

        // Also when nothing changed: a type stored before it had timers, or whose rows were lost, gets them back.
        await timers.SyncStartTimersAsync(type, draft.Definition, cancellationToken);
        return new WorkflowTypeSaveResult(change, type.LatestVersion);
    }

    /// <summary>Enables or disables a stored type; its start timers follow (a disabled type keeps none). Staged in the caller's unit of work.</summary>
    public async Task SetEnabledAsync(WorkflowType type, bool enabled, CancellationToken cancellationToken = default)
    {
        if (type.IsEnabled == enabled)
        {
            return;
        }

        type.IsEnabled = enabled;
        type.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        type.ConcurrencyStamp = Guid.NewGuid();
        var latest = await db.Set<WorkflowTypeVersion>().AsNoTracking()
            .FirstAsync(v => v.WorkflowTypeId == type.WorkflowTypeId && v.Version == type.LatestVersion, cancellationToken);
        await timers.SyncStartTimersAsync(type, latest.Definition, cancellationToken);
    }

    /// <summary>
    /// Deletes a type with its versions and its ended instances, and withdraws its start timers. The caller checks first
    /// that no instance can still run or be retried; the deletes run at once, the withdrawn timers with the caller's save.
    /// </summary>
    public async Task DeleteAsync(WorkflowType type, CancellationToken cancellationToken = default)
    {
        type.IsEnabled = false;
        await timers.SyncStartTimersAsync(type, new WorkflowDefinition(), cancellationToken);
        var typeId = type.WorkflowTypeId;
        var instances = db.Set<WorkflowInstance>().Where(i => i.WorkflowTypeId == typeId).Select(i => i.WorkflowId);
        await db.Set<WorkflowJournalEntry>().Where(j => instances.Contains(j.WorkflowId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<BlockingActivity>().Where(b => b.WorkflowTypeId == typeId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<WorkflowInstance>().Where(i => i.WorkflowTypeId == typeId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<WorkflowTypeVersion>().Where(v => v.WorkflowTypeId == typeId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<WorkflowType>().Where(t => t.WorkflowTypeId == typeId).ExecuteDeleteAsync(cancellationToken);
        db.Entry(type).State = EntityState.Detached;
    }

    /// <summary>The type as a draft of its latest version (the editor's and the export's starting point).</summary>
    public async Task<WorkflowTypeDraft?> GetAsync(string workflowTypeId, CancellationToken cancellationToken = default)
    {
        var type = await db.Set<WorkflowType>().AsNoTracking().FirstOrDefaultAsync(t => t.WorkflowTypeId == workflowTypeId, cancellationToken);
        if (type is null)
        {
            return null;
        }

        var version = await db.Set<WorkflowTypeVersion>().AsNoTracking()
            .FirstAsync(v => v.WorkflowTypeId == workflowTypeId && v.Version == type.LatestVersion, cancellationToken);
        return new WorkflowTypeDraft
        {
            WorkflowTypeId = type.WorkflowTypeId,
            Name = type.Name,
            IsEnabled = type.IsEnabled,
            IsSingleton = type.IsSingleton,
            LockTimeout = type.LockTimeout,
            LockExpiration = type.LockExpiration,
            DeleteFinishedWorkflows = type.DeleteFinishedWorkflows,
            Definition = version.Definition,
        };
    }
}
