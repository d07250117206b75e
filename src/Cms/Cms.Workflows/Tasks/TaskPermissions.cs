using System.Security.Claims;

namespace Cms.Workflows.Tasks;

/// <summary>What a user may do with a task as it stands, for the buttons a page shows (the inbox checks again on post).</summary>
public sealed record TaskPermissions(bool Claim, bool Release, bool Act, bool Reassign)
{
    public static TaskPermissions For(WorkflowTask task, ClaimsPrincipal user)
    {
        var open = task.Status == WorkflowTaskStatus.Open;
        return new TaskPermissions(open && task.Assignee is null, TaskInbox.MayRelease(task, user), TaskInbox.MayAct(task, user), open);
    }
}
