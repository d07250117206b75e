namespace Cms.Workflows.Models;

/// <summary>One version of a type's activities and transitions. Never changed once stored; instances point at it.</summary>
public sealed class WorkflowTypeVersion
{
    public long Id { get; set; }

    public string WorkflowTypeId { get; set; } = "";

    public int Version { get; set; }

    public WorkflowDefinition Definition { get; set; } = new();

    public DateTime CreatedUtc { get; set; }

    public string CreatedBy { get; set; } = "";
}
