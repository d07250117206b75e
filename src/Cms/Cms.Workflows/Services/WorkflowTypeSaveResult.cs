namespace Cms.Workflows.Services;

/// <summary>What saving a type did: created it, made a new version, changed only its options, or nothing.</summary>
public enum WorkflowTypeChange
{
    Created,
    NewVersion,
    OptionsChanged,
    Unchanged,
}

public sealed record WorkflowTypeSaveResult(WorkflowTypeChange Change, int Version);
