using Cms.Workflows.Models;

namespace Cms.Workflows.Services;

/// <summary>A workflow type as an editor or a recipe gives it: options and the document of its next version.</summary>
public sealed record WorkflowTypeDraft
{
    public required string WorkflowTypeId { get; init; }

    public required string Name { get; init; }

    public bool IsEnabled { get; init; } = true;

    public bool IsSingleton { get; init; }

    public int LockTimeout { get; init; }

    public int LockExpiration { get; init; }

    public bool DeleteFinishedWorkflows { get; init; }

    public required WorkflowDefinition Definition { get; init; }
}
