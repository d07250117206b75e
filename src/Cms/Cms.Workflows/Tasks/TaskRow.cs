namespace Cms.Workflows.Tasks;

/// <summary>A task as a list shows it: the task, its workflow type's name, and whether it is overdue now.</summary>
public sealed record TaskRow(WorkflowTask Task, string TypeName, bool Overdue);
