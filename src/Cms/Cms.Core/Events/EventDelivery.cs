namespace Cms.Core.Events;

/// <summary>When an event handler runs, as the handler declares.</summary>
public enum EventDelivery
{
    /// <summary>
    /// At once, inside the unit of work that published the event: what the handler stores commits with the
    /// change or not at all, and a handler that throws stops the change (audit trail, index tables, a
    /// workflow that must start with the submission it reacts to).
    /// </summary>
    InUnitOfWork,

    /// <summary>
    /// After that unit of work has committed, and never if it rolls back: work that acts outside the
    /// database or must see the stored change (evicting cached pages, refreshing memory, sending a signal).
    /// A failure is logged and does not undo the change.
    /// </summary>
    AfterCommit,
}
