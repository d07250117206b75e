namespace Cms.Workflows.Models;

/// <summary>An instance's page: where it stands, its data, its journal and its version's drawing with its position marked.</summary>
public sealed class WorkflowInstanceViewModel
{
    public required WorkflowInstance Instance { get; init; }

    public required string TypeName { get; init; }

    public required int LatestVersion { get; init; }

    public required string Created { get; init; }

    public required string Modified { get; init; }

    public string? Finished { get; init; }

    public required string InputJson { get; init; }

    public required string PropertiesJson { get; init; }

    /// <summary>The activities it waits on, by title.</summary>
    public required IReadOnlyList<string> Waiting { get; init; }

    public string? FaultedActivity { get; init; }

    public required IReadOnlyList<WorkflowJournalRow> Journal { get; init; }

    public WorkflowGraph? Graph { get; init; }

    public bool CanRetry => Instance.Status == WorkflowStatus.Faulted && Instance.FaultedActivityId is not null;

    public bool CanMove => Instance.Status == WorkflowStatus.Halted && Instance.TypeVersion < LatestVersion;

    public bool CanAbort => Abortable(Instance.Status);

    /// <summary>Running, halted or faulted: not yet ended, so it may be aborted.</summary>
    public static bool Abortable(WorkflowStatus status) => status is WorkflowStatus.Running or WorkflowStatus.Halted or WorkflowStatus.Faulted;
}
