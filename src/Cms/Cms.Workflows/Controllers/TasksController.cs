using System.Globalization;
using Cms.Core.Localization;
using Cms.Core.Security;
using Cms.Workflows.Localization;
using Cms.Workflows.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Controllers;

/// <summary>
/// The task inbox: the open tasks for the user's roles in a few views, a task's page with its item and history, and the
/// changes (claim, release, reassign, comment, act). Which tasks a user sees is decided by each task's roles (TaskInbox).
/// </summary>
[Area("Admin")]
[Route("/admin/tasks")]
[RequirePermission(nameof(Permissions.ViewTasks))]
public sealed class TasksController(TaskInbox inbox, IEnumerable<ITaskSubjectProvider> subjects, SiteTimeZone siteTime, IStringLocalizer<TasksStrings> T) : Controller
{
    /// <summary>The TempData key of a warning the task pages (and the item's panel) show as an alert.</summary>
    public const string WarningKey = "TaskWarning";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? filter, string? type, CancellationToken cancellationToken)
    {
        var chosen = Enum.TryParse<TaskFilter>(filter, ignoreCase: true, out var parsed) ? parsed : TaskFilter.Open;
        var tasks = await inbox.ListAsync(User, chosen, type, cancellationToken);
        var names = await inbox.TypeNamesAsync(tasks.Select(t => t.WorkflowTypeId), cancellationToken);
        var now = inbox.NowUtc;
        var rows = tasks.Select(t => new TaskRow(t, names.GetValueOrDefault(t.WorkflowTypeId, t.WorkflowTypeId), t.IsOverdue(now))).ToList();
        return View(new TasksIndexViewModel(chosen, string.IsNullOrEmpty(type) ? null : type, await inbox.WorkflowTypesAsync(User, cancellationToken), rows));
    }

    [HttpGet("{taskId}")]
    public Task<IActionResult> Detail(string taskId, CancellationToken cancellationToken) => DetailAsync(taskId, null, cancellationToken);

    /// <summary>The task's page; with <paramref name="comment"/> the act form comes back with the text written and the error on it.</summary>
    private async Task<IActionResult> DetailAsync(string taskId, string? comment, CancellationToken cancellationToken)
    {
        if (await inbox.FindAsync(User, taskId, cancellationToken) is not { } task)
        {
            return NotFound();
        }

        var names = await inbox.TypeNamesAsync([task.WorkflowTypeId], cancellationToken);
        TaskSubject? subject = null;
        if (task.ContentItemId is { } itemId)
        {
            foreach (var provider in subjects)
            {
                subject ??= await provider.DescribeAsync(itemId, User, cancellationToken);
            }
        }

        var row = new TaskRow(task, names.GetValueOrDefault(task.WorkflowTypeId, task.WorkflowTypeId), task.IsOverdue(inbox.NowUtc));
        return View(nameof(Detail), new TasksDetailViewModel(row, subject, await inbox.HistoryAsync(taskId, cancellationToken),
            await inbox.EligibleUsersAsync(task), TaskPermissions.For(task, User)) { Comment = comment });
    }

    [HttpPost("{taskId}/claim")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Claim(string taskId, [FromForm] TasksPost post, CancellationToken cancellationToken) =>
        Done(await inbox.ClaimAsync(User, taskId, post.Stamp, cancellationToken), post, t => T["You have claimed '{0}'.", t.Title]);

    [HttpPost("{taskId}/release")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Release(string taskId, [FromForm] TasksPost post, CancellationToken cancellationToken) =>
        Done(await inbox.ReleaseAsync(User, taskId, post.Stamp, cancellationToken), post, t => T["'{0}' is free again for anyone in its roles.", t.Title]);

    [HttpPost("{taskId}/reassign")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Reassign(string taskId, [FromForm] TasksPost post, CancellationToken cancellationToken) =>
        Done(await inbox.ReassignAsync(User, taskId, post.Stamp, post.UserName ?? "", post.Comment, cancellationToken), post,
            t => T["'{0}' is now {1}'s.", t.Title, t.Assignee ?? ""], T["Choose a user who holds one of the task's roles and does not have it already."]);

    [HttpPost("{taskId}/comment")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Comment(string taskId, [FromForm] TasksPost post, CancellationToken cancellationToken) =>
        Done(await inbox.CommentAsync(User, taskId, post.Comment, cancellationToken), post, _ => T["Your comment is saved."], T["Write a comment before you save it."]);

    [HttpPost("{taskId}/act")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Act(string taskId, [FromForm] TasksPost post, CancellationToken cancellationToken)
    {
        var change = await inbox.ActAsync(User, taskId, post.Stamp, post.Action ?? "", post.Comment, cancellationToken);
        if (change.Status == TaskChangeStatus.CommentRequired)
        {
            // The page comes back with the error at the comment and in the summary; the task is left as it was.
            ModelState.AddModelError(TasksActionsModel.CommentField(taskId), T["Write the reason for '{0}' in the comment: it is required for that action.", post.Action ?? ""]);
            return await DetailAsync(taskId, post.Comment, cancellationToken);
        }

        return Done(change, post, t => T["'{0}' is done: {1}. The workflow goes on.", t.Title, t.Outcome ?? ""], T["The workflow no longer waits for this task; nothing was done."]);
    }

    private IActionResult Done(TaskChange change, TasksPost post, Func<WorkflowTask, LocalizedString> success, LocalizedString? invalid = null)
    {
        switch (change.Status)
        {
            case TaskChangeStatus.NotFound:
                return NotFound();
            case TaskChangeStatus.Done:
                TempData["Message"] = success(change.Task!).Value;
                break;
            case TaskChangeStatus.Stale:
                TempData[WarningKey] = StaleMessage(change).Value;
                break;
            case TaskChangeStatus.Invalid:
                TempData[WarningKey] = (invalid ?? T["That cannot be done with this task."]).Value;
                break;
            default:
                TempData[WarningKey] = (change.Task?.Assignee is { } who && who != User.Identity?.Name
                    ? T["{0} has claimed the task; only they (or an administrator) can do that.", who]
                    : T["That cannot be done with this task."]).Value;
                break;
        }

        var taskId = change.Task?.TaskId ?? "";
        return Redirect(post.ReturnUrl is { Length: > 0 } back && Url.IsLocalUrl(back) && back.StartsWith("/admin/", StringComparison.Ordinal) ? back : TaskUrls.Task(taskId));
    }

    private LocalizedString StaleMessage(TaskChange change)
    {
        var task = change.Task!;
        if (task.Status == WorkflowTaskStatus.Done && task.CompletedUtc is { } completed)
        {
            return T["The task was already handled by {0} on {1} at {2}: {3}. Nothing more was done.", task.CompletedBy ?? "", Date(completed), Time(completed), task.Outcome ?? ""];
        }

        if (change.Meanwhile is not { } e)
        {
            return T["The task was changed while you had it open; nothing was done. Look at it again."];
        }

        return e.Kind switch
        {
            WorkflowTaskEventKind.Claimed => T["{0} claimed the task on {1} at {2} while you had it open; nothing was done.", e.UserName, Date(e.AtUtc), Time(e.AtUtc)],
            WorkflowTaskEventKind.Reassigned => T["{0} gave the task to {3} on {1} at {2} while you had it open; nothing was done.", e.UserName, Date(e.AtUtc), Time(e.AtUtc), e.Detail ?? ""],
            WorkflowTaskEventKind.Released => T["{0} released the task on {1} at {2} while you had it open; nothing was done.", e.UserName, Date(e.AtUtc), Time(e.AtUtc)],
            _ => T["The task was changed while you had it open; nothing was done. Look at it again."],
        };
    }

    private string Date(DateTime utc) => siteTime.ToLocal(utc).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private string Time(DateTime utc) => siteTime.ToLocal(utc).ToString("HH:mm", CultureInfo.InvariantCulture);
}
