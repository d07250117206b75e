namespace Cms.Workflows.Models;

/// <summary>How an instance's page marks an activity: where it waits, where it failed, or not at all.</summary>
public enum WorkflowGraphMark
{
    None,
    Waiting,
    Faulted,
}
