namespace Cms.Workflows.Tasks;

/// <summary>Where a user task stands: waiting for someone, acted on, or withdrawn because its workflow no longer waits.</summary>
public enum WorkflowTaskStatus
{
    Open,
    Done,
    Cancelled,
}
