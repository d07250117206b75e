using System.Text.Json.Nodes;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Workflows.Activities;
using Cms.Workflows.Models;
using Cms.Workflows.Timers;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Cms.Workflows.Services;

/// <summary>
/// The engine. <see cref="TriggerAsync"/> hands it an event: it resumes the halted instances blocked on that event
/// with the event's correlation id, then starts an instance of each enabled type whose start activity is that
/// event and accepts it. A run follows outcomes along transitions until every path has ended (finished) or waits
/// on a blocking activity (halted); an activity that throws faults the instance, which keeps the error and the
/// activity so <see cref="RetryAsync"/> can run it again.
/// <para>
/// Everything is staged in the scope's unit of work and saved by the caller, so a run commits with the change
/// that caused it (an in-unit-of-work event handler) or not at all. <see cref="TriggerAndSaveAsync"/> is for callers
/// with nothing else to save. Concurrent runs of one instance are serialised by its concurrency stamp: the loser's
/// save fails and nothing of it is stored (decision 0025).
/// </para>
/// </summary>
public sealed partial class WorkflowManager(
    LtkDbContext db,
    ActivityCatalog activities,
    WorkflowTypeVersions versions,
    WorkflowExpressions expressions,
    WorkflowTimers timers,
    WorkflowWithdrawals withdrawals,
    IHttpContextAccessor httpContext,
    TimeProvider clock,
    WorkflowMetrics metrics,
    ILogger<WorkflowManager> logger)
{
    /// <summary>More executions than this in one run is a loop in the type, not work: the instance faults.</summary>
    public const int MaxExecutionsPerRun = 1000;

    /// <summary>How many times <see cref="TriggerAndSaveAsync"/> tries again after losing a race.</summary>
    private const int Attempts = 3;

    /// <summary>
    /// How deeply events may nest within one scope (a workflow that publishes an item whose event starts another…).
    /// Deeper than this is a loop between workflows (an edited type that mails one person thousands of times).
    /// </summary>
    public const int MaxNesting = 8;

    private int _nesting;

    private DbSet<WorkflowInstance> Instances => db.Set<WorkflowInstance>();

    private DbSet<BlockingActivity> Blocking => db.Set<BlockingActivity>();

    /// <summary>Stages the event's effects in the current unit of work; the caller saves.</summary>
    public async Task<WorkflowTriggerResult> TriggerAsync(WorkflowEvent @event, CancellationToken cancellationToken = default)
    {
        if (_nesting >= MaxNesting)
        {
            LogTooDeep(logger, @event.Name, MaxNesting);
            return new WorkflowTriggerResult(false, [], []);
        }

        _nesting++;
        try
        {
            return await HandleAsync(@event, cancellationToken);
        }
        finally
        {
            _nesting--;
        }
    }

    private async Task<WorkflowTriggerResult> HandleAsync(WorkflowEvent @event, CancellationToken cancellationToken)
    {
        if (!await ReceiveAsync(@event, cancellationToken))
        {
            return WorkflowTriggerResult.AlreadyHandled;
        }

        // Resume first: an instance this event starts must not also be resumed by it.
        var resumed = await ResumeBlockedAsync(@event, cancellationToken);
        var started = await StartMatchingAsync(@event, cancellationToken);
        return new WorkflowTriggerResult(false, started, resumed);
    }

    /// <summary>Records the event's id; false when it was handled before (decision 0025).</summary>
    private async Task<bool> ReceiveAsync(WorkflowEvent @event, CancellationToken cancellationToken)
    {
        if (@event.EventId is not { } eventId)
        {
            return true;
        }

        var receipts = db.Set<WorkflowEventReceipt>();
        if (receipts.Local.Any(r => r.EventId == eventId) || await receipts.AnyAsync(r => r.EventId == eventId, cancellationToken))
        {
            LogDuplicate(logger, @event.Name, eventId);
            return false;
        }

        receipts.Add(new WorkflowEventReceipt { EventId = eventId, EventName = @event.Name, ReceivedUtc = Now });
        return true;
    }

    /// <summary>
    /// Handles the event in a unit of work of its own and saves it. When another run of the same instance (or the same
    /// event) was saved first, this one is rolled back and tried again on fresh data, where it then finds nothing left
    /// to do: no lost update, no double execution.
    /// </summary>
    public async Task<WorkflowTriggerResult> TriggerAndSaveAsync(WorkflowEvent @event, CancellationToken cancellationToken = default)
    {
        if (db.ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException("TriggerAndSaveAsync saves on its own; inside a change that is not yet saved, call TriggerAsync and let the change save it.");
        }

        return await SaveWithRetriesAsync(@event.Name, () => TriggerAsync(@event, cancellationToken), cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> in a unit of work and saves it; a lost race is rolled back and tried again.</summary>
    private async Task<T> SaveWithRetriesAsync<T>(string what, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var unit = await db.BeginUnitOfWorkAsync(cancellationToken);
            try
            {
                var result = await work();
                await db.SaveChangesAsync(cancellationToken);
                await unit.CommitAsync(cancellationToken);
                return result;
            }
            catch (DbUpdateException ex) when (attempt < Attempts)
            {
                await unit.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                LogLostRace(logger, ex, what, attempt);
            }
        }
    }

    /// <summary>
    /// Runs again an activity that asked to continue once the change it was part of had committed
    /// (<see cref="ActivityResult.ContinueAfterCommit"/>). Nothing happens when another run took it meanwhile.
    /// </summary>
    private Task<bool> ContinueAfterCommitAsync(string workflowId, string activityId, CancellationToken cancellationToken) =>
        SaveWithRetriesAsync($"continue {workflowId}/{activityId}", async () =>
        {
            var instance = await Instances.FirstOrDefaultAsync(i => i.WorkflowId == workflowId, cancellationToken);
            if (instance is not { Status: WorkflowStatus.Halted }
                || !await Blocking.AnyAsync(b => b.WorkflowId == workflowId && b.ActivityId == activityId, cancellationToken))
            {
                return false;
            }

            var type = await db.Set<WorkflowType>().FirstAsync(t => t.WorkflowTypeId == instance.WorkflowTypeId, cancellationToken);
            var definition = await versions.GetAsync(instance.WorkflowTypeId, instance.TypeVersion, cancellationToken);
            if (definition is null)
            {
                return false;
            }

            await RunAsync(type, instance, definition, [activityId], resume: true, null, cancellationToken);
            return true;
        }, cancellationToken);

    /// <summary>Signals <paramref name="signal"/> (e.g. "meeting concluded") to every instance waiting for it with the correlation id.</summary>
    public Task<WorkflowTriggerResult> SignalAsync(string signal, string? correlationId, JsonObject? input = null, string? eventId = null, CancellationToken cancellationToken = default) =>
        TriggerAndSaveAsync(SignalEvent.Create(signal, correlationId, input, eventId), cancellationToken);

    /// <summary>
    /// Starts an instance of <paramref name="type"/> at one start activity (a timer's occurrence), staged in the current unit
    /// of work. Null when the event was handled before or the singleton type has an unfinished instance for the correlation.
    /// </summary>
    public async Task<WorkflowInstance?> StartAtAsync(WorkflowType type, WorkflowDefinition definition, string activityId, WorkflowEvent @event, CancellationToken cancellationToken = default)
    {
        var candidate = NewInstance(type, @event.Input, @event.CorrelationId);
        if ((candidate.SingletonKey is { } key && await SingletonRunsAsync(key, cancellationToken)) || !await ReceiveAsync(@event, cancellationToken))
        {
            return null;
        }

        Instances.Add(candidate);
        await RunAsync(type, candidate, definition, [activityId], resume: true, @event, cancellationToken);
        return candidate;
    }

    /// <summary>
    /// Resumes one instance at an activity halted until <paramref name="resumeAtUtc"/> (its timer row is due), staged in the
    /// current unit of work. False, and nothing done, when the instance is no longer halted there for that time: it finished,
    /// was aborted or moved on, or the event was handled before.
    /// </summary>
    public async Task<bool> ResumeAtAsync(string workflowId, string activityId, DateTime resumeAtUtc, string eventId, CancellationToken cancellationToken = default)
    {
        var instance = await Instances.FirstOrDefaultAsync(i => i.WorkflowId == workflowId, cancellationToken);
        var row = instance is { Status: WorkflowStatus.Halted }
            ? await Blocking.FirstOrDefaultAsync(b => b.WorkflowId == workflowId && b.ActivityId == activityId, cancellationToken)
            : null;
        // PostgreSQL keeps microseconds: the same time read back may differ below a millisecond.
        if (instance is null || row is not { ResumeAtUtc: { } at } || Math.Abs((at - resumeAtUtc).Ticks) >= TimeSpan.TicksPerMillisecond)
        {
            return false;
        }

        var @event = new WorkflowEvent(row.ActivityName, null, instance.CorrelationId, eventId);
        var type = await db.Set<WorkflowType>().FirstOrDefaultAsync(t => t.WorkflowTypeId == instance.WorkflowTypeId, cancellationToken);
        var definition = await versions.GetAsync(instance.WorkflowTypeId, instance.TypeVersion, cancellationToken);
        if (type is null || definition is null || !await ReceiveAsync(@event, cancellationToken))
        {
            return false;
        }

        await RunAsync(type, instance, definition, [activityId], resume: true, @event, cancellationToken);
        return true;
    }

    /// <summary>
    /// Stops an unfinished instance for good: it waits on nothing more, its pending timers are cancelled, its open tasks are
    /// withdrawn and the journal records who did it and why (<paramref name="reason"/>, optional). Staged.
    /// </summary>
    public async Task<bool> AbortAsync(string workflowId, string? reason = null, CancellationToken cancellationToken = default)
    {
        var instance = await Instances.FirstOrDefaultAsync(i => i.WorkflowId == workflowId, cancellationToken);
        if (instance is null or { Status: WorkflowStatus.Finished or WorkflowStatus.Aborted })
        {
            return false;
        }

        await withdrawals.AbortAsync(instance, reason, cancellationToken);
        return true;
    }

    /// <summary>Starts an instance of a type at its start activities, whatever event they name (tests, a "run now" button).</summary>
    public async Task<WorkflowInstance> StartAsync(string workflowTypeId, JsonObject? input = null, string? correlationId = null, CancellationToken cancellationToken = default)
    {
        var type = await db.Set<WorkflowType>().FirstOrDefaultAsync(t => t.WorkflowTypeId == workflowTypeId, cancellationToken)
            ?? throw new InvalidOperationException($"There is no workflow type '{workflowTypeId}'.");
        var definition = await versions.GetAsync(type.WorkflowTypeId, type.LatestVersion, cancellationToken)
            ?? throw new InvalidOperationException($"Workflow type '{workflowTypeId}' has no version {type.LatestVersion}.");
        var instance = NewInstance(type, input, correlationId);
        Instances.Add(instance);
        metrics.Started(db, type.WorkflowTypeId);
        await RunAsync(type, instance, definition, definition.Activities.Where(a => a.IsStart).Select(a => a.ActivityId).ToList(), resume: true, null, cancellationToken);
        return instance;
    }

    /// <summary>Runs a faulted instance again from the activity that failed. Returns false when it is not faulted.</summary>
    public async Task<bool> RetryAsync(string workflowId, CancellationToken cancellationToken = default)
    {
        var instance = await Instances.FirstOrDefaultAsync(i => i.WorkflowId == workflowId, cancellationToken);
        if (instance is not { Status: WorkflowStatus.Faulted, FaultedActivityId: { } activityId })
        {
            return false;
        }

        var type = await db.Set<WorkflowType>().FirstAsync(t => t.WorkflowTypeId == instance.WorkflowTypeId, cancellationToken);
        var definition = await versions.GetAsync(instance.WorkflowTypeId, instance.TypeVersion, cancellationToken)
            ?? throw new InvalidOperationException($"Workflow type '{instance.WorkflowTypeId}' has no version {instance.TypeVersion}.");
        var record = definition.FindActivity(activityId);
        var resume = record is not null && activities.Find(record.Name) is { IsEvent: true };
        instance.FaultedActivityId = null;
        instance.Error = null;
        await RunAsync(type, instance, definition, [activityId], resume, null, cancellationToken);
        return true;
    }

    private async Task<List<WorkflowInstance>> ResumeBlockedAsync(WorkflowEvent @event, CancellationToken cancellationToken)
    {
        var correlationId = @event.CorrelationId;
        var rows = await Blocking
            .Where(b => b.ActivityName == @event.Name && b.CorrelationId == correlationId)
            .OrderBy(b => b.Id)
            .ToListAsync(cancellationToken);
        // Blocking activities staged earlier in this unit of work (an item created and published in one save).
        rows.AddRange(Blocking.Local.Where(b => db.Entry(b).State == EntityState.Added && b.ActivityName == @event.Name && b.CorrelationId == correlationId && !rows.Contains(b)));

        var resumed = new List<WorkflowInstance>();
        foreach (var group in rows.GroupBy(r => r.WorkflowId))
        {
            var instance = Instances.Local.FirstOrDefault(i => i.WorkflowId == group.Key)
                ?? await Instances.FirstOrDefaultAsync(i => i.WorkflowId == group.Key, cancellationToken);
            if (instance is not { Status: WorkflowStatus.Halted })
            {
                continue;
            }

            var type = await db.Set<WorkflowType>().FirstOrDefaultAsync(t => t.WorkflowTypeId == instance.WorkflowTypeId, cancellationToken);
            var definition = await versions.GetAsync(instance.WorkflowTypeId, instance.TypeVersion, cancellationToken);
            if (type is null || definition is null)
            {
                continue;
            }

            var accepted = new List<string>();
            foreach (var row in group)
            {
                if (definition.FindActivity(row.ActivityId) is { } record && activities.Find(record.Name) is { } activity
                    && await activity.CanExecuteAsync(Context(instance, definition, record, @event, null), cancellationToken))
                {
                    accepted.Add(row.ActivityId);
                }
            }

            if (accepted.Count == 0)
            {
                continue;
            }

            Merge(instance.Input, @event.Input);
            metrics.Resumed(db, type.WorkflowTypeId);
            await RunAsync(type, instance, definition, accepted, resume: true, @event, cancellationToken);
            resumed.Add(instance);
        }

        return resumed;
    }

    private async Task<List<WorkflowInstance>> StartMatchingAsync(WorkflowEvent @event, CancellationToken cancellationToken)
    {
        var started = new List<WorkflowInstance>();
        var types = await db.Set<WorkflowType>().Where(t => t.IsEnabled).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        foreach (var type in types)
        {
            var definition = await versions.GetAsync(type.WorkflowTypeId, type.LatestVersion, cancellationToken);
            if (definition is null)
            {
                continue;
            }

            var candidate = NewInstance(type, @event.Input, @event.CorrelationId);
            var starts = new List<string>();
            foreach (var record in definition.Activities.Where(a => a.IsStart))
            {
                if (activities.Find(record.Name) is { IsEvent: true } activity && activity.Name == @event.Name
                    && await activity.CanExecuteAsync(Context(candidate, definition, record, @event, null), cancellationToken))
                {
                    starts.Add(record.ActivityId);
                }
            }

            if (starts.Count == 0 || (candidate.SingletonKey is { } key && await SingletonRunsAsync(key, cancellationToken)))
            {
                continue;
            }

            Instances.Add(candidate);
            metrics.Started(db, type.WorkflowTypeId);
            await RunAsync(type, candidate, definition, starts, resume: true, @event, cancellationToken);
            started.Add(candidate);
        }

        return started;
    }

    private async Task<bool> SingletonRunsAsync(string key, CancellationToken cancellationToken) =>
        Instances.Local.Any(i => i.SingletonKey == key) || await Instances.AnyAsync(i => i.SingletonKey == key, cancellationToken);

    private WorkflowInstance NewInstance(WorkflowType type, JsonObject? input, string? correlationId)
    {
        var now = Now;
        return new WorkflowInstance
        {
            WorkflowId = WorkflowIds.New(),
            WorkflowTypeId = type.WorkflowTypeId,
            TypeVersion = type.LatestVersion,
            Status = WorkflowStatus.Running,
            CorrelationId = correlationId,
            Input = input is null ? [] : (JsonObject)input.DeepClone(),
            SingletonKey = type.IsSingleton ? SingletonKeyOf(type.WorkflowTypeId, correlationId) : null,
            CreatedUtc = now,
            ModifiedUtc = now,
            ConcurrencyStamp = Guid.NewGuid(),
        };
    }

    internal static string SingletonKeyOf(string workflowTypeId, string? correlationId) => $"{workflowTypeId}|{correlationId}";

    /// <summary>Runs from <paramref name="entryActivityIds"/> until every path has ended or halted.</summary>
    private async Task RunAsync(WorkflowType type, WorkflowInstance instance, WorkflowDefinition definition, IReadOnlyList<string> entryActivityIds, bool resume, WorkflowEvent? @event, CancellationToken cancellationToken)
    {
        instance.Status = WorkflowStatus.Running;
        var blocking = Blocking.Local.Where(b => b.WorkflowId == instance.WorkflowId).ToList();
        if (db.Entry(instance).State != EntityState.Added)
        {
            blocking = blocking.Union(await Blocking.Where(b => b.WorkflowId == instance.WorkflowId).ToListAsync(cancellationToken)).ToList();
        }

        blocking.RemoveAll(b => db.Entry(b).State is EntityState.Deleted or EntityState.Detached);
        var queue = new Queue<(string ActivityId, TransitionRecord? Via, bool Resume)>(entryActivityIds.Select(id => (id, (TransitionRecord?)null, resume)));
        var executions = 0;
        while (queue.TryDequeue(out var next))
        {
            var record = definition.FindActivity(next.ActivityId);
            var activity = record is null ? null : activities.Find(record.Name);
            if (record is null || activity is null || ++executions > MaxExecutionsPerRun)
            {
                var reason = record is null ? $"The type has no activity '{next.ActivityId}'."
                    : activity is null ? $"No module provides the activity '{record.Name}'."
                    : $"More than {MaxExecutionsPerRun} activities ran in one go; the type loops.";
                Fault(instance, next.ActivityId, record?.Name ?? "", reason, Now, 0);
                return;
            }

            // Resuming (or starting at) an event consumes the blocking activity it waited on.
            if (next.Resume && blocking.Find(b => b.ActivityId == record.ActivityId) is { } consumed)
            {
                Blocking.Remove(consumed);
                blocking.Remove(consumed);
            }

            var context = Context(instance, definition, record, next.Resume ? @event : null, next.Via);
            var startedUtc = Now;
            var startedAt = clock.GetTimestamp();
            ActivityResult result;
            try
            {
                result = next.Resume ? await activity.ResumeAsync(context, cancellationToken) : await activity.ExecuteAsync(context, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFaulted(logger, ex, instance.WorkflowId, record.ActivityId, record.Name);
                Fault(instance, record.ActivityId, activity.Name, ex.Message, startedUtc, clock.GetElapsedTime(startedAt).TotalMilliseconds);
                return;
            }

            Journal(instance, record.ActivityId, activity.Name, startedUtc, clock.GetElapsedTime(startedAt).TotalMilliseconds, result, null);
            if (result.IsHalted)
            {
                if (!blocking.Exists(b => b.ActivityId == record.ActivityId))
                {
                    var row = new BlockingActivity
                    {
                        WorkflowId = instance.WorkflowId,
                        WorkflowTypeId = instance.WorkflowTypeId,
                        ActivityId = record.ActivityId,
                        ActivityName = activity.Name,
                        CorrelationId = instance.CorrelationId,
                        CreatedUtc = Now,
                        ResumeAtUtc = result.ResumeAt?.UtcDateTime,
                    };
                    Blocking.Add(row);
                    blocking.Add(row);
                    if (row.ResumeAtUtc is { } resumeAt)
                    {
                        await timers.ScheduleResumeAsync(instance, record.ActivityId, resumeAt, cancellationToken);
                    }
                }

                if (result.ResumesAfterCommit)
                {
                    var (workflowId, activityId) = (instance.WorkflowId, record.ActivityId);
                    db.AfterCommit.Add($"Workflow {workflowId} continues at {activityId}", ct => ContinueAfterCommitAsync(workflowId, activityId, ct));
                }

                continue;
            }

            if (activity is JoinTask && result.OutcomeNames.Contains(JoinTask.Joined) && ActivityContext.SettingOf(record, "Mode") == "WaitAny")
            {
                await WithdrawOtherBranchesAsync(instance, definition, record, blocking, queue, cancellationToken);
            }

            foreach (var outcome in result.OutcomeNames)
            {
                foreach (var transition in definition.From(record.ActivityId, outcome))
                {
                    queue.Enqueue((transition.DestinationActivityId, transition, false));
                }
            }
        }

        var now = Now;
        instance.ModifiedUtc = now;
        instance.ConcurrencyStamp = Guid.NewGuid();
        if (blocking.Count > 0)
        {
            instance.Status = WorkflowStatus.Halted;
            return;
        }

        instance.Status = WorkflowStatus.Finished;
        instance.FinishedUtc = now;
        metrics.Finished(db, type.WorkflowTypeId);
        instance.SingletonKey = null;
        await timers.CancelResumesAsync(instance, cancellationToken);
        if (type.DeleteFinishedWorkflows)
        {
            Instances.Remove(instance);
        }
    }

    /// <summary>
    /// A join on "any" went on: the branches still on their way to it will never be waited for, so their blocking activities
    /// are withdrawn (tasks, timers and all) and their steps queued in this run dropped, and the join starts afresh, so a loop
    /// back through the fork can join again.
    /// </summary>
    private async Task WithdrawOtherBranchesAsync(WorkflowInstance instance, WorkflowDefinition definition, ActivityRecord join, List<BlockingActivity> blocking,
        Queue<(string ActivityId, TransitionRecord? Via, bool Resume)> queue, CancellationToken cancellationToken)
    {
        var branches = definition.LeadingTo(join.ActivityId);
        var pending = queue.ToList();
        queue.Clear();
        // The other branches' arrivals at the join itself go too: a join started afresh must not go on a second time for them.
        foreach (var step in pending.Where(p => !branches.Contains(p.ActivityId) && !(p.ActivityId == join.ActivityId && p.Via is not null)))
        {
            queue.Enqueue(step);
        }

        var waits = blocking.Where(b => branches.Contains(b.ActivityId)).ToList();
        await withdrawals.WithdrawAsync(instance, waits, WithdrawalReasons.JoinedElsewhere, cancellationToken);
        blocking.RemoveAll(waits.Contains);
        instance.ActivityState.Remove(join.ActivityId);
    }

    private void Fault(WorkflowInstance instance, string activityId, string activityName, string error, DateTime startedUtc, double durationMs)
    {
        instance.Status = WorkflowStatus.Faulted;
        instance.FaultedActivityId = activityId;
        metrics.Faulted(db, instance.WorkflowTypeId);
        instance.Error = Truncate(error, 4000);
        instance.ModifiedUtc = Now;
        instance.ConcurrencyStamp = Guid.NewGuid();
        Journal(instance, activityId, activityName, startedUtc, durationMs, null, instance.Error);
    }

    private void Journal(WorkflowInstance instance, string activityId, string activityName, DateTime startedUtc, double durationMs, ActivityResult? result, string? error) =>
        db.Set<WorkflowJournalEntry>().Add(new WorkflowJournalEntry
        {
            WorkflowId = instance.WorkflowId,
            TypeVersion = instance.TypeVersion,
            ActivityId = activityId,
            ActivityName = activityName,
            StartedUtc = startedUtc,
            DurationMs = durationMs,
            Outcomes = Truncate(string.Join(",", result?.OutcomeNames ?? []), 1000),
            Halted = result?.IsHalted ?? false,
            UserName = UserName,
            Error = error,
            Note = result?.Note is { } note ? Truncate(note, 4000) : null,
        });

    private ActivityContext Context(WorkflowInstance instance, WorkflowDefinition definition, ActivityRecord record, WorkflowEvent? @event, TransitionRecord? via) =>
        new(instance, definition, record, @event, via, expressions);

    private static void Merge(JsonObject target, JsonObject? values)
    {
        foreach (var (key, value) in values ?? [])
        {
            target[key] = value?.DeepClone();
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private string UserName => AuditTrailService.UserNameOf(httpContext.HttpContext);

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflow event {Event} with id {EventId} was handled before; nothing done")]
    private static partial void LogDuplicate(ILogger logger, string @event, string eventId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflow event {Event} lost a race with another run (attempt {Attempt}); trying again on fresh data")]
    private static partial void LogLostRace(ILogger logger, Exception exception, string @event, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow event {Event} was not handled: events raised by workflows nest more than {Depth} deep, which is a loop between workflow types")]
    private static partial void LogTooDeep(ILogger logger, string @event, int depth);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow {WorkflowId} faulted in activity {ActivityId} ({Activity})")]
    private static partial void LogFaulted(ILogger logger, Exception exception, string workflowId, string activityId, string activity);
}
