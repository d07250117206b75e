namespace Cms.Core.Work;

/// <summary>
/// Queues durable work in the caller's unit of work: rows are added to the scope's <c>LtkDbContext</c> and stored by the
/// caller's save, so nothing is queued for a change that rolls back. A key already queued (stored or added in this unit of
/// work) is a no-op.
/// </summary>
public interface IWorkQueue
{
    /// <summary>Queues work done once, due at <paramref name="dueUtc"/> (now when null). False when the key was already queued.</summary>
    Task<bool> EnqueueAsync(string kind, string key, object? payload = null, DateTime? dueUtc = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Queues recurring work on a cron expression in the site's time zone. Its next occurrence is computed once and stored;
    /// after downtime it runs once, then at the next occurrence after that. A key already queued with another expression is
    /// moved to the new one. False when the key was already queued with this expression.
    /// </summary>
    Task<bool> ScheduleRecurringAsync(string kind, string key, string cron, object? payload = null, CancellationToken cancellationToken = default);

    /// <summary>Makes a failed (or waiting) row due now with its attempts reset, e.g. when someone resends a mail. False for an unknown key.</summary>
    Task<bool> RetryNowAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Withdraws a row that has not run (a timer of a finished workflow). False when there is no such pending row.</summary>
    Task<bool> CancelAsync(string key, CancellationToken cancellationToken = default);
}
