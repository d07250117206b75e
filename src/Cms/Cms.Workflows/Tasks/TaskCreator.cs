using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Core.Work;
using Cms.Workflows.Activities;
using Cms.Workflows.Services;
using Microsoft.AspNetCore.Http;

namespace Cms.Workflows.Tasks;

/// <summary>
/// Makes the task row of a <see cref="UserTask"/> execution in the run's unit of work, with its roles, its first history
/// line and, when it has a due time, the work-queue row that checks it for escalation then (not a poll).
/// </summary>
public sealed class TaskCreator(LtkDbContext db, IWorkQueue work, TimeProvider clock, SiteTimeZone siteTime, IHttpContextAccessor httpContext)
{
    public async Task<WorkflowTask> OpenAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var execution = (state[UserTask.StateExecutions] is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<int>() : 0) + 1;
        state[UserTask.StateExecutions] = execution;

        var now = clock.GetUtcNow().UtcDateTime;
        var title = (await context.RenderSettingAsync("Title", cancellationToken)).Trim();
        if (title.Length == 0)
        {
            title = context.Activity.Title ?? context.Activity.ActivityId;
        }

        var roles = ActivityContext.ListOf(context.Activity, "Roles").Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var task = new WorkflowTask
        {
            TaskId = WorkflowIds.New(),
            WorkflowId = context.Instance.WorkflowId,
            WorkflowTypeId = context.Instance.WorkflowTypeId,
            ActivityId = context.Activity.ActivityId,
            Execution = execution,
            CorrelationId = context.Instance.CorrelationId,
            ContentItemId = context.Input["ContentItemId"] is JsonValue id && id.GetValueKind() == JsonValueKind.String ? id.GetValue<string>() : null,
            Title = Truncate(title, 500),
            Instructions = (await context.RenderSettingAsync("Instructions", cancellationToken)).Trim(),
            Roles = string.Join(", ", roles),
            Actions = string.Join('\n', ActivityContext.ListOf(context.Activity, "Actions").Distinct(StringComparer.Ordinal)),
            CommentRequired = string.Join('\n', ActivityContext.ListOf(context.Activity, "CommentRequired").Distinct(StringComparer.Ordinal)),
            DueUtc = await DueAsync(context, now, cancellationToken),
            Status = WorkflowTaskStatus.Open,
            CreatedUtc = now,
            ModifiedUtc = now,
            ConcurrencyStamp = Guid.NewGuid(),
        };
        db.Add(task);
        foreach (var role in roles)
        {
            db.Add(new WorkflowTaskRole { TaskId = task.TaskId, Role = role });
        }

        db.Add(new WorkflowTaskEvent { TaskId = task.TaskId, Kind = WorkflowTaskEventKind.Created, UserName = UserName, AtUtc = now });
        if (task.DueUtc is { } due)
        {
            await work.EnqueueAsync(TaskOverdueWorkHandler.WorkKind, TaskOverdueWorkHandler.KeyOf(task.TaskId), new TaskOverduePayload(task.TaskId), due, cancellationToken);
        }

        return task;
    }

    private async Task<DateTime?> DueAsync(ActivityContext context, DateTime now, CancellationToken cancellationToken)
    {
        var date = (await context.RenderSettingAsync("DueDate", cancellationToken)).Trim();
        if (date.Length > 0)
        {
            return ParseDue(date) ?? throw new InvalidOperationException($"The due date '{date}' is not a date; write it as 2026-12-24T12:00 or 24.12.2026 12:00.");
        }

        return context.Setting("DueAfter") is { Length: > 0 } after && UserTask.TryParseOffset(after, out var offset) ? now + offset : null;
    }

    private static readonly string[] s_danishFormats = ["dd.MM.yyyy HH:mm", "d.M.yyyy HH:mm", "dd.MM.yyyy", "d.M.yyyy"];

    /// <summary>ISO 8601 or a Danish date; a time without an offset is the site's local time.</summary>
    private DateTime? ParseDue(string text)
    {
        if (DateTime.TryParseExact(text, s_danishFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var danish))
        {
            return siteTime.ToUtc(danish);
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return null;
        }

        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && (text[^6] is '+' or '-') && text[^3] == ':');
        return hasOffset ? parsed.UtcDateTime : siteTime.ToUtc(DateTime.SpecifyKind(parsed.DateTime, DateTimeKind.Unspecified));
    }

    private string UserName => AuditTrailService.UserNameOf(httpContext.HttpContext);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
