using Cms.Core.Data;
using Cms.Core.Work;
using Cms.Workflows.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

/// <summary>
/// A test kind of work that renames a workflow type (its payload) and, on its first run only, finds that another run saved a
/// change to the same type first, as when a timer and a signal resume one instance at once.
/// </summary>
public sealed class ConflictingWorkHandler(LtkDbContext db, IServiceScopeFactory scopes, WorkProbe probe) : IWorkHandler
{
    public const string WorkKind = "test.conflict";

    public string Kind => WorkKind;

    public async Task<WorkResult> HandleAsync(WorkContext work, CancellationToken cancellationToken)
    {
        probe.Record(work.Key);
        var run = probe.RunsOf(work.Key);
        var typeId = work.Payload<string>()!;
        var type = await db.Set<WorkflowType>().FirstAsync(t => t.WorkflowTypeId == typeId, cancellationToken);
        type.Name = $"run {run}";
        type.ConcurrencyStamp = Guid.NewGuid();
        if (run == 1)
        {
            await using var other = scopes.CreateAsyncScope();
            var otherDb = other.ServiceProvider.GetRequiredService<LtkDbContext>();
            var same = await otherDb.Set<WorkflowType>().FirstAsync(t => t.WorkflowTypeId == typeId, cancellationToken);
            same.Name = "changed meanwhile";
            same.ConcurrencyStamp = Guid.NewGuid();
            await otherDb.SaveChangesAsync(cancellationToken);
        }

        return WorkResult.Done;
    }
}
