namespace Cms.Workflows.Tasks;

/// <summary>
/// A task a <see cref="UserTask"/> activity left for people in its roles: the index row the inbox reads, kept beside the
/// instance that waits on it. <see cref="ConcurrencyStamp"/> changes with every claim, release, reassignment and act, so of
/// two people acting on what they saw only the first is stored (decision 0034).
/// </summary>
public sealed class WorkflowTask
{
    public long Id { get; set; }

    /// <summary>The task's public id (26 characters, like instance ids).</summary>
    public string TaskId { get; set; } = "";

    public string WorkflowId { get; set; } = "";

    public string WorkflowTypeId { get; set; } = "";

    public string ActivityId { get; set; } = "";

    /// <summary>Which time the instance reached the activity (1, 2, … when a workflow loops back to it).</summary>
    public int Execution { get; set; }

    /// <summary>The instance's correlation id, which the completion event carries back to it.</summary>
    public string? CorrelationId { get; set; }

    /// <summary>The content item the workflow is about, when it is about one.</summary>
    public string? ContentItemId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>The instructions as rendered when the task was made (plain text; pages encode it).</summary>
    public string Instructions { get; set; } = "";

    /// <summary>The roles that may see and act on it, comma-separated for display; <see cref="WorkflowTaskRole"/> rows are the index.</summary>
    public string Roles { get; set; } = "";

    /// <summary>The actions (each an outcome of the activity), one per line, in the order the buttons show.</summary>
    public string Actions { get; set; } = "";

    /// <summary>The actions that need a written reason (a comment), one per line.</summary>
    public string CommentRequired { get; set; } = "";

    public DateTime? DueUtc { get; set; }

    /// <summary>The user name of who has claimed it; null while it is free for anyone in its roles.</summary>
    public string? Assignee { get; set; }

    public WorkflowTaskStatus Status { get; set; }

    /// <summary>The action taken, once acted on.</summary>
    public string? Outcome { get; set; }

    public string? CompletedBy { get; set; }

    public DateTime? CompletedUtc { get; set; }

    /// <summary>When the overdue task was escalated to its roles (at most once).</summary>
    public DateTime? EscalatedUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public IReadOnlyList<string> ActionList => Split(Actions, '\n');

    public IReadOnlyList<string> RoleList => Split(Roles, ',');

    public bool NeedsComment(string action) => Split(CommentRequired, '\n').Contains(action, StringComparer.Ordinal);

    public bool IsOverdue(DateTime nowUtc) => Status == WorkflowTaskStatus.Open && DueUtc is { } due && due <= nowUtc;

    private static string[] Split(string text, char separator) =>
        text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
