namespace Cms.Workflows.Controllers;

/// <summary>
/// What a task form posts: the concurrency stamp of the task as the page showed it, the action or the user it is given
/// to, the comment, and the page to return to (the inbox, the task, or the item's own page).
/// </summary>
public sealed class TasksPost
{
    public Guid Stamp { get; set; }

    public string? Action { get; set; }

    public string? Comment { get; set; }

    public string? UserName { get; set; }

    public string? ReturnUrl { get; set; }
}
