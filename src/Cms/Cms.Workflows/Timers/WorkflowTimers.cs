using System.Text.Json;
using Cms.Core.Data;
using Cms.Core.Work;
using Cms.Workflows.Activities;
using Cms.Workflows.Models;
using Microsoft.EntityFrameworkCore;

namespace Cms.Workflows.Timers;

/// <summary>
/// The workflows' rows in the durable work queue (decision 0030). A type's <c>TimerEvent</c> start activity has one recurring
/// row, keyed by type and activity, kept in step with the type's latest version and options whenever it is saved. A halted
/// activity that asked to resume at a time has a row of its own, keyed by instance, activity and execution, cancelled when
/// the instance ends. Changes are staged in the caller's unit of work.
/// </summary>
public sealed class WorkflowTimers(LtkDbContext db, IWorkQueue queue, ActivityCatalog activities)
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public const string StartKind = "workflow.timer";

    public const string ResumeKind = "workflow.resume";

    public static string StartKey(string workflowTypeId, string activityId) => $"{StartKind}:{workflowTypeId}:{activityId}";

    public static string ResumeKey(string workflowId, string activityId, int execution) => $"{ResumeKind}:{workflowId}:{activityId}:{execution}";

    /// <summary>
    /// Schedules a recurring row per timer start activity of an enabled type's latest version (an unchanged expression keeps
    /// its due time, a changed one moves it) and cancels the type's other pending start rows (a disabled type, a removed timer).
    /// </summary>
    public async Task SyncStartTimersAsync(WorkflowType type, WorkflowDefinition latest, CancellationToken cancellationToken)
    {
        var wanted = type.IsEnabled
            ? latest.Activities.Where(a => a.IsStart && activities.Find(a.Name) is TimerEvent && !string.IsNullOrEmpty(TimerEvent.CronOf(a))).ToList()
            : [];
        foreach (var record in wanted)
        {
            await queue.ScheduleRecurringAsync(StartKind, StartKey(type.WorkflowTypeId, record.ActivityId), TimerEvent.CronOf(record)!,
                new TimerStartPayload(type.WorkflowTypeId, record.ActivityId), cancellationToken);
        }

        var keep = wanted.Select(a => StartKey(type.WorkflowTypeId, a.ActivityId)).ToHashSet(StringComparer.Ordinal);
        foreach (var row in await PendingAsync(StartKind, $"{StartKind}:{type.WorkflowTypeId}:", cancellationToken))
        {
            // The prefix also matches a type whose id goes on with ':'; the payload says whose row it is.
            if (!keep.Contains(row.Key) && row.PayloadJson is { } json && JsonSerializer.Deserialize<TimerStartPayload>(json, s_json)?.WorkflowTypeId == type.WorkflowTypeId)
            {
                await queue.CancelAsync(row.Key, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Queues the row that resumes <paramref name="activityId"/> of the instance at <paramref name="resumeAtUtc"/>. The
    /// execution is how many times the instance's journal shows the activity ran, so a loop back to it is a new row and a
    /// run tried again after a lost race is the same one.
    /// </summary>
    public async Task ScheduleResumeAsync(WorkflowInstance instance, string activityId, DateTime resumeAtUtc, CancellationToken cancellationToken)
    {
        var journal = db.Set<WorkflowJournalEntry>();
        var execution = journal.Local.Count(j => j.WorkflowId == instance.WorkflowId && j.ActivityId == activityId && db.Entry(j).State == EntityState.Added);
        if (db.Entry(instance).State != EntityState.Added)
        {
            execution += await journal.CountAsync(j => j.WorkflowId == instance.WorkflowId && j.ActivityId == activityId, cancellationToken);
        }

        await queue.EnqueueAsync(ResumeKind, ResumeKey(instance.WorkflowId, activityId, execution),
            new TimerResumePayload(instance.WorkflowId, activityId, resumeAtUtc), resumeAtUtc, cancellationToken);
    }

    /// <summary>Withdraws the instance's resume rows that have not run (it finished or was aborted).</summary>
    public Task CancelResumesAsync(WorkflowInstance instance, CancellationToken cancellationToken) =>
        CancelPendingResumesAsync(instance, $"{ResumeKind}:{instance.WorkflowId}:", cancellationToken);

    /// <summary>Withdraws the resume rows of one activity of the instance (it no longer waits there).</summary>
    public Task CancelResumesAsync(WorkflowInstance instance, string activityId, CancellationToken cancellationToken) =>
        CancelPendingResumesAsync(instance, $"{ResumeKind}:{instance.WorkflowId}:{activityId}:", cancellationToken);

    private async Task CancelPendingResumesAsync(WorkflowInstance instance, string prefix, CancellationToken cancellationToken)
    {
        var rows = db.Entry(instance).State == EntityState.Added ? Local(ResumeKind, prefix) : await PendingAsync(ResumeKind, prefix, cancellationToken);
        foreach (var row in rows)
        {
            await queue.CancelAsync(row.Key, cancellationToken);
        }
    }

    /// <summary>Pending rows of the kind whose key starts with the prefix, stored or added in this unit of work.</summary>
    private async Task<List<WorkItem>> PendingAsync(string kind, string prefix, CancellationToken cancellationToken)
    {
        await db.Set<WorkItem>().Where(w => w.Kind == kind && w.Status == WorkStatus.Pending && w.Key.StartsWith(prefix)).LoadAsync(cancellationToken);
        return Local(kind, prefix);
    }

    private List<WorkItem> Local(string kind, string prefix) =>
        db.Set<WorkItem>().Local.Where(w => w.Kind == kind && w.Status == WorkStatus.Pending && w.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList();
}
