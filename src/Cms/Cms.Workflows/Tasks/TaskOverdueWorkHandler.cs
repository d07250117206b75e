using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Events;
using Cms.Core.Work;
using Microsoft.EntityFrameworkCore;

namespace Cms.Workflows.Tasks;

/// <summary>
/// Runs when a task falls due (its row is queued with the task, due at its due time). A task still open is marked escalated,
/// gets a history line and <see cref="TaskOverdue"/> is published, all in the row's one save; a task acted on before is
/// left alone. The row runs once, and <see cref="WorkflowTask.EscalatedUtc"/> keeps a second run from escalating twice.
/// </summary>
public sealed class TaskOverdueWorkHandler(LtkDbContext db, IEventPublisher events, TimeProvider clock) : IWorkHandler
{
    public const string WorkKind = "workflow.task-overdue";

    public static string KeyOf(string taskId) => "task-overdue:" + taskId;

    public string Kind => WorkKind;

    public async Task<WorkResult> HandleAsync(WorkContext work, CancellationToken cancellationToken)
    {
        var taskId = work.Payload<TaskOverduePayload>()?.TaskId;
        var task = taskId is null ? null : await db.Set<WorkflowTask>().FirstOrDefaultAsync(t => t.TaskId == taskId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (task is null || task.EscalatedUtc is not null || !task.IsOverdue(now))
        {
            return WorkResult.Done;
        }

        // The escalation is not a change of the task's state: someone acting on what they saw may still do so.
        task.EscalatedUtc = now;
        db.Add(new WorkflowTaskEvent { TaskId = task.TaskId, Kind = WorkflowTaskEventKind.Escalated, UserName = AuditTrailService.SystemUserName, AtUtc = now });
        await events.PublishAsync(new TaskOverdue(task.TaskId, task.Title, task.RoleList, task.Assignee, task.DueUtc!.Value, TaskUrls.Task(task.TaskId)), cancellationToken);
        return WorkResult.Done;
    }
}
