namespace Cms.Workflows.Tasks;

/// <summary>One role a task is for: the index behind "open tasks in my roles".</summary>
public sealed class WorkflowTaskRole
{
    public long Id { get; set; }

    public string TaskId { get; set; } = "";

    public string Role { get; set; } = "";
}
