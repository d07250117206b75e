namespace Cms.Core.Work;

/// <summary>
/// One row of the durable work queue: what to do (<see cref="Kind"/> and <see cref="PayloadJson"/>), when, and who holds it.
/// <see cref="Key"/> is unique, so queuing the same work twice stores it once.
/// </summary>
public sealed class WorkItem
{
    public long Id { get; set; }

    /// <summary>Names the handler that runs it (<see cref="IWorkHandler.Kind"/>).</summary>
    public string Kind { get; set; } = "";

    /// <summary>The caller's idempotency key, unique across the queue.</summary>
    public string Key { get; set; } = "";

    public string? PayloadJson { get; set; }

    public DateTime DueUtc { get; set; }

    /// <summary>A cron expression for recurring work (in the site's time zone); null for work done once.</summary>
    public string? Cron { get; set; }

    /// <summary>The node running it; the lease counts only until <see cref="LeaseUntilUtc"/>.</summary>
    public string? LeaseOwner { get; set; }

    public DateTime? LeaseUntilUtc { get; set; }

    /// <summary>Attempts since it was last done or retried by hand; counted when a node claims it.</summary>
    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public WorkStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>When it was last done (for recurring work, its last run) or given up.</summary>
    public DateTime? CompletedUtc { get; set; }
}
