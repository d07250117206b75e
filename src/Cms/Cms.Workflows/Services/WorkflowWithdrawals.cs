using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Work;
using Cms.Workflows.Models;
using Cms.Workflows.Tasks;
using Cms.Workflows.Timers;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Cms.Workflows.Services;

/// <summary>
/// Takes back what an instance waited on once it no longer waits there (it was aborted, moved to a version without the
/// activity, or another branch reached a join on "any" first): the blocking row goes, its timer or wait-until row is
/// cancelled, its open task is withdrawn with the reason in its history (so it leaves the inbox and the menu count, and
/// its escalation row is cancelled), and the journal says why. Staged in the caller's unit of work.
/// </summary>
public sealed class WorkflowWithdrawals(LtkDbContext db, WorkflowTimers timers, IWorkQueue work, IHttpContextAccessor httpContext, TimeProvider clock)
{
    /// <summary>The journal's activity name for the line that records an abort (it has no activity id).</summary>
    public const string AbortedEntry = "(aborted)";

    /// <summary>Withdraws the waits of <paramref name="instance"/>, each with a journal line giving <paramref name="reason"/>.</summary>
    public async Task WithdrawAsync(WorkflowInstance instance, IReadOnlyCollection<BlockingActivity> waits, string reason, CancellationToken cancellationToken)
    {
        if (waits.Count == 0)
        {
            return;
        }

        var now = Now;
        foreach (var wait in waits)
        {
            db.Set<BlockingActivity>().Remove(wait);
            await timers.CancelResumesAsync(instance, wait.ActivityId, cancellationToken);
            Journal(instance, wait.ActivityId, wait.ActivityName, now, reason);
        }

        await WithdrawTasksAsync(instance.WorkflowId, waits.Select(w => w.ActivityId).ToHashSet(StringComparer.Ordinal), reason, cancellationToken);
        instance.ModifiedUtc = now;
        instance.ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>
    /// Ends an unfinished instance as aborted: it waits on nothing more, its timers are cancelled, its open tasks withdrawn, and the
    /// journal records who aborted it and why (<paramref name="note"/>, optional).
    /// </summary>
    public async Task AbortAsync(WorkflowInstance instance, string? note, CancellationToken cancellationToken)
    {
        var now = Now;
        instance.Status = WorkflowStatus.Aborted;
        instance.FinishedUtc = now;
        instance.ModifiedUtc = now;
        instance.SingletonKey = null;
        instance.ConcurrencyStamp = Guid.NewGuid();
        var blocking = db.Set<BlockingActivity>();
        await blocking.Where(b => b.WorkflowId == instance.WorkflowId).LoadAsync(cancellationToken);
        blocking.RemoveRange(blocking.Local.Where(b => b.WorkflowId == instance.WorkflowId).ToList());
        await timers.CancelResumesAsync(instance, cancellationToken);
        await WithdrawTasksAsync(instance.WorkflowId, null, WithdrawalReasons.Aborted, cancellationToken);
        Journal(instance, "", AbortedEntry, now, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
    }

    /// <summary>A journal line for what was taken back: no outcome, no duration, who did it and why.</summary>
    private void Journal(WorkflowInstance instance, string activityId, string activityName, DateTime now, string? note) =>
        db.Set<WorkflowJournalEntry>().Add(new WorkflowJournalEntry
        {
            WorkflowId = instance.WorkflowId,
            TypeVersion = instance.TypeVersion,
            ActivityId = activityId,
            ActivityName = activityName,
            StartedUtc = now,
            UserName = UserName,
            Note = note,
        });

    /// <summary>Withdraws the instance's open tasks (of the given activities; all when null), stored or made in this unit of work.</summary>
    private async Task WithdrawTasksAsync(string workflowId, HashSet<string>? activityIds, string reason, CancellationToken cancellationToken)
    {
        var tasks = db.Set<WorkflowTask>();
        await tasks.Where(t => t.WorkflowId == workflowId && t.Status == WorkflowTaskStatus.Open).LoadAsync(cancellationToken);
        var now = Now;
        foreach (var task in tasks.Local.Where(t => t.WorkflowId == workflowId && t.Status == WorkflowTaskStatus.Open && (activityIds is null || activityIds.Contains(t.ActivityId))).ToList())
        {
            task.Status = WorkflowTaskStatus.Cancelled;
            task.ModifiedUtc = now;
            task.ConcurrencyStamp = Guid.NewGuid();
            db.Add(new WorkflowTaskEvent { TaskId = task.TaskId, Kind = WorkflowTaskEventKind.Cancelled, UserName = UserName, AtUtc = now, Detail = reason });
            await work.CancelAsync(TaskOverdueWorkHandler.KeyOf(task.TaskId), cancellationToken);
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private string UserName => AuditTrailService.UserNameOf(httpContext.HttpContext);
}
