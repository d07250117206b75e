using System.Security.Claims;
using Cms.Core.Navigation;
using Cms.Core.Security;
using Cms.Workflows.Localization;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Tasks;

/// <summary>The dashboard's "My tasks" box: the user's own open tasks, soonest due first, and how many wait unclaimed in their roles.</summary>
public sealed class TasksWidget(TaskInbox inbox, IStringLocalizer<TasksStrings> T) : IDashboardWidgetProvider
{
    public const int Shown = 5;

    public async Task<DashboardWidget?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.HasPermission(Permissions.ViewTasks))
        {
            return null;
        }

        var mine = await inbox.ListAsync(user, TaskFilter.Mine, null, cancellationToken);
        var unassigned = await inbox.CountAsync(user, TaskFilter.Unassigned, cancellationToken);
        var now = inbox.NowUtc;
        var rows = mine.Take(Shown).Select(t => new TaskRow(t, "", t.IsOverdue(now))).ToList();
        return new DashboardWidget(T["My tasks"], "_TasksMine", new TasksWidgetModel(rows, mine.Count, unassigned), Order: 5);
    }
}
