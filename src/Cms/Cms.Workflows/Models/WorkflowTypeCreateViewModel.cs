namespace Cms.Workflows.Models;

/// <summary>The form that creates a type: its name; the activities come in the editor.</summary>
public sealed class WorkflowTypeCreateViewModel
{
    public string? Name { get; set; }
}
