using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Workflows.Controllers;
using Cms.Workflows.Localization;
using Cms.Workflows.Models;
using Cms.Workflows.Tasks;
using Council.Grants.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Workflows;

/// <summary>
/// Reads the instances correlated with an application (the form-submitted and content events carry its id), their
/// journals in one query, and the open tasks about it.
/// </summary>
public sealed class WorkflowApplicationHistory(LtkDbContext db, SiteTimeZone siteTime, IStringLocalizer<WorkflowAdminStrings> T) : IApplicationWorkflowHistory
{
    private const int MaxInstances = 20;

    public async Task<ApplicationWorkflowHistory> ReadAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var instances = await db.Set<WorkflowInstance>().AsNoTracking()
            .Where(i => i.CorrelationId == contentItemId)
            .OrderBy(i => i.CreatedUtc).ThenBy(i => i.Id)
            .Take(MaxInstances)
            .Select(i => new { i.WorkflowId, i.WorkflowTypeId, i.Status })
            .ToListAsync(cancellationToken);
        var ids = instances.Select(i => i.WorkflowId).ToList();
        var typeIds = instances.Select(i => i.WorkflowTypeId).Distinct().ToList();
        var names = ids.Count == 0 ? [] : await db.Set<WorkflowType>().AsNoTracking()
            .Where(t => typeIds.Contains(t.WorkflowTypeId))
            .ToDictionaryAsync(t => t.WorkflowTypeId, t => t.Name, cancellationToken);
        var journal = ids.Count == 0 ? [] : await db.Set<WorkflowJournalEntry>().AsNoTracking()
            .Where(j => ids.Contains(j.WorkflowId))
            .OrderBy(j => j.Id)
            .ToListAsync(cancellationToken);
        var runs = instances.Select(i => new ApplicationWorkflowRun(
            names.GetValueOrDefault(i.WorkflowTypeId, i.WorkflowTypeId),
            StatusText(i.Status),
            WorkflowAdminUrls.Instance(i.WorkflowTypeId, i.WorkflowId),
            journal.Where(j => j.WorkflowId == i.WorkflowId)
                .Select(j => new ApplicationJournalLine(siteTime.FormatDateTime(j.StartedUtc), j.ActivityName, j.Outcomes, j.UserName, j.Note, j.Error))
                .ToList())).ToList();

        var tasks = await db.Set<WorkflowTask>().AsNoTracking()
            .Where(t => t.ContentItemId == contentItemId && t.Status == WorkflowTaskStatus.Open)
            .OrderBy(t => t.CreatedUtc)
            .ToListAsync(cancellationToken);
        var open = tasks.Select(t => new ApplicationOpenTask(t.Title, t.Assignee, t.DueUtc is { } due ? siteTime.FormatDateTime(due) : null, TaskUrls.Task(t.TaskId))).ToList();
        return new ApplicationWorkflowHistory(runs, open);
    }

    // The workflow admin's own words for a status, so both pages say the same.
    private string StatusText(WorkflowStatus status) => status switch
    {
        WorkflowStatus.Running => T["Running"],
        WorkflowStatus.Halted => T["Waiting"],
        WorkflowStatus.Finished => T["Finished"],
        WorkflowStatus.Faulted => T["Faulted"],
        _ => T["Aborted"],
    };
}
