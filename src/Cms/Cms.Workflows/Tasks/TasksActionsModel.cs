namespace Cms.Workflows.Tasks;

/// <summary>The claim or release button and the action buttons of one task, and the page they return to.</summary>
public sealed record TasksActionsModel(WorkflowTask Task, TaskPermissions May, string ReturnUrl);
