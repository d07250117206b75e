namespace Cms.Workflows.Tasks;

/// <summary>What happened to a task, as its history lists it.</summary>
public enum WorkflowTaskEventKind
{
    Created,
    Claimed,
    Released,
    Reassigned,
    Commented,
    Acted,
    Escalated,
    Cancelled,
}
