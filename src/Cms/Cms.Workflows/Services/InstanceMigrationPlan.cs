namespace Cms.Workflows.Services;

/// <summary>
/// What moving one halted instance to the type's newest version would change (<see cref="Changes"/>), or why it
/// cannot move (<see cref="Problems"/>, e.g. it waits on an activity the new version no longer has).
/// </summary>
public sealed record InstanceMigrationPlan(string WorkflowId, string? CorrelationId, int FromVersion, int ToVersion, IReadOnlyList<string> Changes, IReadOnlyList<string> Problems)
{
    public bool CanMove => Problems.Count == 0;
}

/// <summary>The plan for every halted instance of a type on an older version; <see cref="Moved"/> is false for a dry run.</summary>
public sealed record WorkflowMigrationReport(string WorkflowTypeId, int ToVersion, IReadOnlyList<InstanceMigrationPlan> Instances, bool Moved);
