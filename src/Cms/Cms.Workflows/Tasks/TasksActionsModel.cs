namespace Cms.Workflows.Tasks;

/// <summary>
/// The claim or release button and the action buttons of one task, the page they return to, and the comment written
/// when the act form comes back with an error.
/// </summary>
public sealed record TasksActionsModel(WorkflowTask Task, TaskPermissions May, string ReturnUrl, string? Comment = null)
{
    /// <summary>The id of a task's act comment, which the error summary links to.</summary>
    public static string CommentField(string taskId) => "act-comment-" + taskId;
}
