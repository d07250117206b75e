namespace Cms.Workflows.Tasks;

/// <summary>How a change to a task went.</summary>
public enum TaskChangeStatus
{
    Done,

    /// <summary>No such task, or one the user may not see (they are told the same).</summary>
    NotFound,

    /// <summary>The user may see the task but not do this (it is someone else's, or the action is unknown).</summary>
    Refused,

    /// <summary>Someone else acted on, claimed, released or reassigned it since the user's page was made: nothing was done.</summary>
    Stale,

    /// <summary>The request does not make sense (a user who does not hold the task's roles, an empty comment).</summary>
    Invalid,

    /// <summary>The action needs a written reason and none was given: nothing was done.</summary>
    CommentRequired,
}
