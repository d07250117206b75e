namespace Cms.Workflows.Tasks;

/// <summary>One line of a task's history: who did what, when, and what they wrote.</summary>
public sealed class WorkflowTaskEvent
{
    public long Id { get; set; }

    public string TaskId { get; set; } = "";

    public WorkflowTaskEventKind Kind { get; set; }

    public string UserName { get; set; } = "";

    public DateTime AtUtc { get; set; }

    /// <summary>The action taken (<see cref="WorkflowTaskEventKind.Acted"/>) or whom it was given to (<see cref="WorkflowTaskEventKind.Reassigned"/>).</summary>
    public string? Detail { get; set; }

    public string? Comment { get; set; }
}
