namespace Cms.Workflows.Models;

/// <summary>Where an instance stands. Stored as text so the rows read plainly.</summary>
public enum WorkflowStatus
{
    /// <summary>Activities are being executed (only seen inside a run).</summary>
    Running,

    /// <summary>Waiting on one or more blocking activities (an event, later a timer or a user task).</summary>
    Halted,

    Finished,

    /// <summary>An activity threw; the instance keeps the error and the activity, and can be retried from it.</summary>
    Faulted,

    /// <summary>Stopped on purpose; it will not run again.</summary>
    Aborted,
}
