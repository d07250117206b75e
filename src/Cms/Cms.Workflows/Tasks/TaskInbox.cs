using System.Security.Claims;
using System.Text.Json.Nodes;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Core.Security;
using Cms.Workflows.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Cms.Workflows.Tasks;

/// <summary>
/// The task inbox: which tasks a user may see (those for one of their roles; an Administrator sees all), the inbox's
/// views, and the changes people make. Each change is one unit of work checked against the concurrency stamp the user's
/// page was made with; acting raises the completion event through the engine in that same unit, so the task row and the
/// instance's run commit together or not at all, and of two people acting at once only the first is stored.
/// </summary>
public sealed partial class TaskInbox(
    LtkDbContext db,
    WorkflowManager workflows,
    UserManager<CmsUser> users,
    AuditTrailService audit,
    TimeProvider clock,
    SiteTimeZone siteTime,
    ILogger<TaskInbox> logger)
{
    public const string AuditCategory = "Task";

    public const int MaxListed = 200;

    private static readonly WorkflowTaskEventKind[] s_stateChanges =
        [WorkflowTaskEventKind.Claimed, WorkflowTaskEventKind.Released, WorkflowTaskEventKind.Reassigned, WorkflowTaskEventKind.Acted, WorkflowTaskEventKind.Cancelled];

    public DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    /// <summary>The end of the current week (Monday to Sunday, as in Denmark) in the site's time zone, as UTC.</summary>
    public DateTime EndOfWeekUtc()
    {
        var local = siteTime.ToLocal(NowUtc);
        var monday = local.Date.AddDays(-(((int)local.DayOfWeek + 6) % 7));
        return siteTime.ToUtc(monday.AddDays(7));
    }

    /// <summary>The tasks <paramref name="user"/> may see, open or not.</summary>
    public IQueryable<WorkflowTask> Visible(ClaimsPrincipal user)
    {
        var tasks = db.Set<WorkflowTask>().AsNoTracking();
        if (user.IsInRole(CmsRoles.Administrator))
        {
            return tasks;
        }

        var roles = RolesOf(user);
        var ids = db.Set<WorkflowTaskRole>().Where(r => roles.Contains(r.Role)).Select(r => r.TaskId);
        return tasks.Where(t => ids.Contains(t.TaskId));
    }

    public async Task<IReadOnlyList<WorkflowTask>> ListAsync(ClaimsPrincipal user, TaskFilter filter, string? workflowTypeId, CancellationToken cancellationToken)
    {
        var query = Filtered(user, filter, workflowTypeId);
        query = filter == TaskFilter.Done
            ? query.OrderByDescending(t => t.CompletedUtc).ThenByDescending(t => t.Id)
            : query.OrderBy(t => t.DueUtc == null).ThenBy(t => t.DueUtc).ThenBy(t => t.Id);
        return await query.Take(MaxListed).ToListAsync(cancellationToken);
    }

    public Task<int> CountAsync(ClaimsPrincipal user, TaskFilter filter, CancellationToken cancellationToken) =>
        Filtered(user, filter, null).CountAsync(cancellationToken);

    private IQueryable<WorkflowTask> Filtered(ClaimsPrincipal user, TaskFilter filter, string? workflowTypeId)
    {
        var me = NameOf(user);
        var query = Visible(user);
        if (!string.IsNullOrEmpty(workflowTypeId))
        {
            query = query.Where(t => t.WorkflowTypeId == workflowTypeId);
        }

        if (filter == TaskFilter.Done)
        {
            return query.Where(t => t.Status != WorkflowTaskStatus.Open);
        }

        query = query.Where(t => t.Status == WorkflowTaskStatus.Open);
        var endOfWeek = EndOfWeekUtc();
        return filter switch
        {
            TaskFilter.Mine => query.Where(t => t.Assignee == me),
            TaskFilter.Unassigned => query.Where(t => t.Assignee == null),
            // Overdue tasks are due this week too: they are what must be done first.
            TaskFilter.DueThisWeek => query.Where(t => t.DueUtc != null && t.DueUtc < endOfWeek),
            _ => query,
        };
    }

    /// <summary>Open tasks the user could take up now: free ones in their roles and their own (the admin menu's count).</summary>
    public Task<int> CountWaitingAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var me = NameOf(user);
        return Visible(user).CountAsync(t => t.Status == WorkflowTaskStatus.Open && (t.Assignee == null || t.Assignee == me), cancellationToken);
    }

    /// <summary>The workflow types of the tasks the user may see, for the inbox's filter: id and name.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> WorkflowTypesAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var ids = Visible(user).Select(t => t.WorkflowTypeId).Distinct();
        var types = await db.Set<Models.WorkflowType>().AsNoTracking().Where(t => ids.Contains(t.WorkflowTypeId))
            .Select(t => new { t.WorkflowTypeId, t.Name }).ToListAsync(cancellationToken);
        return types.Select(t => (t.WorkflowTypeId, t.Name)).OrderBy(t => t.Name, DanishCulture.Comparer).ToList();
    }

    public async Task<IReadOnlyDictionary<string, string>> TypeNamesAsync(IEnumerable<string> workflowTypeIds, CancellationToken cancellationToken)
    {
        var ids = workflowTypeIds.Distinct(StringComparer.Ordinal).ToList();
        return await db.Set<Models.WorkflowType>().AsNoTracking().Where(t => ids.Contains(t.WorkflowTypeId))
            .ToDictionaryAsync(t => t.WorkflowTypeId, t => t.Name, StringComparer.Ordinal, cancellationToken);
    }

    public Task<WorkflowTask?> FindAsync(ClaimsPrincipal user, string taskId, CancellationToken cancellationToken) =>
        Visible(user).FirstOrDefaultAsync(t => t.TaskId == taskId, cancellationToken);

    /// <summary>Open tasks of a content item the user may see (the item's own admin page).</summary>
    public async Task<IReadOnlyList<WorkflowTask>> OpenForItemAsync(ClaimsPrincipal user, string contentItemId, CancellationToken cancellationToken) =>
        await Visible(user).Where(t => t.ContentItemId == contentItemId && t.Status == WorkflowTaskStatus.Open).OrderBy(t => t.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<WorkflowTaskEvent>> HistoryAsync(string taskId, CancellationToken cancellationToken) =>
        await db.Set<WorkflowTaskEvent>().AsNoTracking().Where(h => h.TaskId == taskId).OrderBy(h => h.Id).ToListAsync(cancellationToken);

    /// <summary>Who the task may be given to: the users who hold one of its roles, in Danish order.</summary>
    public async Task<IReadOnlyList<string>> EligibleUsersAsync(WorkflowTask task)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in task.RoleList)
        {
            foreach (var holder in await users.GetUsersInRoleAsync(role))
            {
                if (holder.UserName is { } name)
                {
                    names.Add(name);
                }
            }
        }

        return names.Order(DanishCulture.Comparer).ToList();
    }

    /// <summary>Whether the user may take one of the task's actions now: it is open and free, theirs, or they are an Administrator.</summary>
    public static bool MayAct(WorkflowTask task, ClaimsPrincipal user) =>
        task.Status == WorkflowTaskStatus.Open && (task.Assignee is null || task.Assignee == NameOf(user) || user.IsInRole(CmsRoles.Administrator));

    public static bool MayRelease(WorkflowTask task, ClaimsPrincipal user) =>
        task.Status == WorkflowTaskStatus.Open && task.Assignee is not null && (task.Assignee == NameOf(user) || user.IsInRole(CmsRoles.Administrator));

    public Task<TaskChange> ClaimAsync(ClaimsPrincipal user, string taskId, Guid stamp, CancellationToken cancellationToken) =>
        ChangeAsync(user, taskId, stamp, task =>
        {
            if (task.Assignee is not null)
            {
                return Task.FromResult(TaskChangeStatus.Refused);
            }

            task.Assignee = NameOf(user);
            Record(task, WorkflowTaskEventKind.Claimed, user, null, null);
            return Task.FromResult(TaskChangeStatus.Done);
        }, cancellationToken);

    public Task<TaskChange> ReleaseAsync(ClaimsPrincipal user, string taskId, Guid stamp, CancellationToken cancellationToken) =>
        ChangeAsync(user, taskId, stamp, task =>
        {
            if (!MayRelease(task, user))
            {
                return Task.FromResult(TaskChangeStatus.Refused);
            }

            task.Assignee = null;
            Record(task, WorkflowTaskEventKind.Released, user, null, null);
            return Task.FromResult(TaskChangeStatus.Done);
        }, cancellationToken);

    /// <summary>Gives the task to another holder of one of its roles (a colleague is away), whoever has it now.</summary>
    public Task<TaskChange> ReassignAsync(ClaimsPrincipal user, string taskId, Guid stamp, string userName, string? comment, CancellationToken cancellationToken) =>
        ChangeAsync(user, taskId, stamp, async task =>
        {
            var target = string.IsNullOrWhiteSpace(userName) ? null : await users.FindByNameAsync(userName.Trim());
            if (target?.UserName is not { } name || name == task.Assignee
                || !(await users.GetRolesAsync(target)).Intersect(task.RoleList, StringComparer.Ordinal).Any())
            {
                return TaskChangeStatus.Invalid;
            }

            task.Assignee = name;
            Record(task, WorkflowTaskEventKind.Reassigned, user, name, comment);
            return TaskChangeStatus.Done;
        }, cancellationToken);

    /// <summary>A comment changes nothing about who has the task, so it needs no stamp and never makes someone else's page stale.</summary>
    public Task<TaskChange> CommentAsync(ClaimsPrincipal user, string taskId, string? comment, CancellationToken cancellationToken) =>
        ChangeAsync(user, taskId, null, task =>
        {
            if (string.IsNullOrWhiteSpace(comment))
            {
                return Task.FromResult(TaskChangeStatus.Invalid);
            }

            Record(task, WorkflowTaskEventKind.Commented, user, null, comment);
            return Task.FromResult(TaskChangeStatus.Done);
        }, cancellationToken);

    /// <summary>
    /// Takes <paramref name="action"/>: marks the task done and resumes its workflow along that outcome, with who and why in
    /// the task's history and the workflow's journal, in one transaction.
    /// </summary>
    public Task<TaskChange> ActAsync(ClaimsPrincipal user, string taskId, Guid stamp, string action, string? comment, CancellationToken cancellationToken) =>
        ChangeAsync(user, taskId, stamp, async task =>
        {
            if (!MayAct(task, user) || !task.ActionList.Contains(action, StringComparer.Ordinal))
            {
                return TaskChangeStatus.Refused;
            }

            var me = NameOf(user);
            comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
            if (comment is null && task.NeedsComment(action))
            {
                return TaskChangeStatus.CommentRequired;
            }

            task.Status = WorkflowTaskStatus.Done;
            task.Outcome = action;
            task.Assignee ??= me;
            task.CompletedBy = me;
            task.CompletedUtc = NowUtc;
            Record(task, WorkflowTaskEventKind.Acted, user, action, comment);
            var input = new JsonObject { [UserTask.TaskIdInput] = task.TaskId, [UserTask.ActionInput] = action, [UserTask.CommentInput] = comment };
            var result = await workflows.TriggerAsync(new WorkflowEvent(UserTask.EventName, input, task.CorrelationId, "user-task:" + task.TaskId), cancellationToken);
            if (result.Duplicate)
            {
                return TaskChangeStatus.Stale;
            }

            // The instance no longer waits for it (aborted, or moved on by an administrator): nothing to resume.
            return result.Resumed.Any(i => i.WorkflowId == task.WorkflowId) ? TaskChangeStatus.Done : TaskChangeStatus.Invalid;
        }, cancellationToken);

    private async Task<TaskChange> ChangeAsync(ClaimsPrincipal user, string taskId, Guid? stamp, Func<WorkflowTask, Task<TaskChangeStatus>> change, CancellationToken cancellationToken)
    {
        if (db.ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException("A task change saves on its own; it cannot join changes that are not saved yet.");
        }

        var visible = await Visible(user).AnyAsync(t => t.TaskId == taskId, cancellationToken);
        if (!visible)
        {
            return new TaskChange(TaskChangeStatus.NotFound);
        }

        await using var unit = await db.BeginUnitOfWorkAsync(cancellationToken);
        var task = await db.Set<WorkflowTask>().FirstAsync(t => t.TaskId == taskId, cancellationToken);
        if (stamp is { } seen && (task.ConcurrencyStamp != seen || task.Status != WorkflowTaskStatus.Open))
        {
            return await StaleAsync(task, cancellationToken);
        }

        var status = await change(task);
        if (status != TaskChangeStatus.Done)
        {
            db.ChangeTracker.Clear();
            return status == TaskChangeStatus.Stale ? await StaleAsync(task, cancellationToken) : new TaskChange(status, task);
        }

        if (stamp is not null)
        {
            task.ConcurrencyStamp = Guid.NewGuid();
        }

        task.ModifiedUtc = NowUtc;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await unit.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // Someone else's change to the task (or to its instance) was stored first: none of this one is.
            await unit.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            LogLostRace(logger, ex, taskId);
            var fresh = await db.Set<WorkflowTask>().AsNoTracking().FirstAsync(t => t.TaskId == taskId, cancellationToken);
            return await StaleAsync(fresh, cancellationToken);
        }

        return new TaskChange(TaskChangeStatus.Done, task);
    }

    private async Task<TaskChange> StaleAsync(WorkflowTask task, CancellationToken cancellationToken)
    {
        var meanwhile = await db.Set<WorkflowTaskEvent>().AsNoTracking()
            .Where(h => h.TaskId == task.TaskId && s_stateChanges.Contains(h.Kind))
            .OrderByDescending(h => h.Id).FirstOrDefaultAsync(cancellationToken);
        return new TaskChange(TaskChangeStatus.Stale, task, meanwhile);
    }

    private void Record(WorkflowTask task, WorkflowTaskEventKind kind, ClaimsPrincipal user, string? detail, string? comment)
    {
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (comment is { Length: > 4000 })
        {
            comment = comment[..4000];
        }

        db.Add(new WorkflowTaskEvent { TaskId = task.TaskId, Kind = kind, UserName = NameOf(user), AtUtc = NowUtc, Detail = detail, Comment = comment });
        audit.Record(new AuditTrailEntry(AuditCategory, kind.ToString(), task.TaskId, task.Title)
        {
            ObjectType = task.WorkflowTypeId,
            Comment = detail is null ? comment : comment is null ? detail : $"{detail}: {comment}",
        }, user);
    }

    public static string NameOf(ClaimsPrincipal user) => user.Identity?.Name ?? "";

    private static List<string> RolesOf(ClaimsPrincipal user) =>
        user.Identities.SelectMany(i => i.FindAll(i.RoleClaimType)).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToList();

    [LoggerMessage(Level = LogLevel.Information, Message = "A change to task {TaskId} lost a race with another; nothing of it was stored")]
    private static partial void LogLostRace(ILogger logger, Exception exception, string taskId);
}
