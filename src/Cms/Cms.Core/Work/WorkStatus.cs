namespace Cms.Core.Work;

/// <summary>Where a row of the work queue stands. A row being worked on is <see cref="Pending"/> with a live lease.</summary>
public enum WorkStatus
{
    /// <summary>Waiting for its due time, or leased by a node that is running it.</summary>
    Pending,

    /// <summary>Done; a recurring row never gets here, it is due again at its next occurrence.</summary>
    Done,

    /// <summary>Gave up after the last attempt; kept with its error until someone retries it.</summary>
    Failed,

    /// <summary>Withdrawn by the module that queued it (a timer of a finished workflow).</summary>
    Cancelled,
}
