namespace Cms.Workflows.Models;

/// <summary>The page that asks before an instance is aborted: what it waits on, the tasks that go with it, and the reason.</summary>
public sealed class WorkflowAbortViewModel
{
    public required WorkflowInstance Instance { get; init; }

    public required string TypeName { get; init; }

    /// <summary>The activities it waits on, by title.</summary>
    public required IReadOnlyList<string> Waiting { get; init; }

    /// <summary>The titles of its open tasks, which are withdrawn with it.</summary>
    public required IReadOnlyList<string> OpenTasks { get; init; }

    public string? Reason { get; init; }

    public bool CanAbort => WorkflowInstanceViewModel.Abortable(Instance.Status);
}
