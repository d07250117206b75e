using Cms.Workflows.Models;

namespace Cms.Workflows.Services;

/// <summary>What an event did: the instances it started and resumed, or nothing because it had been handled before.</summary>
public sealed record WorkflowTriggerResult(bool Duplicate, IReadOnlyList<WorkflowInstance> Started, IReadOnlyList<WorkflowInstance> Resumed)
{
    public static readonly WorkflowTriggerResult AlreadyHandled = new(true, [], []);
}
