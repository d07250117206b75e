namespace Cms.Workflows.Models;

/// <summary>
/// An activity an instance waits on. The index table behind "which instances wait for event X with correlation Y":
/// one indexed query instead of reading every halted instance.
/// </summary>
public sealed class BlockingActivity
{
    public long Id { get; set; }

    public string WorkflowId { get; set; } = "";

    public string WorkflowTypeId { get; set; } = "";

    public string ActivityId { get; set; } = "";

    /// <summary>The activity's own (canonical) name, which is also the name of the event that resumes it.</summary>
    public string ActivityName { get; set; } = "";

    public string? CorrelationId { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>When a time-based activity asked to be resumed (<see cref="Activities.ActivityResult.ResumeAt"/>); null for events.</summary>
    public DateTime? ResumeAtUtc { get; set; }
}
