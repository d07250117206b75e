using Microsoft.AspNetCore.Mvc;

namespace Cms.Workflows.Tasks;

/// <summary>
/// The open tasks of one content item with their buttons, for the item's own admin page (the content module places it there
/// through its editor panel extension point). Renders nothing for a user without the inbox or an item without tasks.
/// </summary>
[ViewComponent(Name = Name)]
public sealed class TasksPanelViewComponent(TaskInbox inbox) : ViewComponent
{
    public const string Name = "TasksPanel";

    public async Task<IViewComponentResult> InvokeAsync(string contentItemId, string returnUrl)
    {
        if (!Cms.Core.Security.PermissionExtensions.HasPermission(UserClaimsPrincipal, Permissions.ViewTasks))
        {
            return Content("");
        }

        var tasks = await inbox.OpenForItemAsync(UserClaimsPrincipal, contentItemId, HttpContext.RequestAborted);
        var now = inbox.NowUtc;
        var models = tasks.Select(t => (new TaskRow(t, "", t.IsOverdue(now)), new TasksActionsModel(t, TaskPermissions.For(t, UserClaimsPrincipal), returnUrl))).ToList();
        return models.Count == 0 && TempData[Controllers.TasksController.WarningKey] is null ? Content("") : View(models);
    }
}
