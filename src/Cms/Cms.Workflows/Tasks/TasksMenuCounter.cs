using System.Security.Claims;
using Cms.Core.Navigation;
using Cms.Core.Security;
using Cms.Workflows.Localization;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Tasks;

/// <summary>The number beside "Tasks" in the admin menu: open tasks in the user's roles that are free or theirs.</summary>
public sealed class TasksMenuCounter(TaskInbox inbox, IStringLocalizer<TasksStrings> T) : IAdminMenuCounter
{
    public string Url => TaskUrls.Inbox;

    public async Task<AdminMenuCount?> CountAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.HasPermission(Permissions.ViewTasks))
        {
            return null;
        }

        var count = await inbox.CountWaitingAsync(user, cancellationToken);
        return new AdminMenuCount(count, count == 1 ? T["1 open task for you"] : T["{0} open tasks for you", count]);
    }
}
