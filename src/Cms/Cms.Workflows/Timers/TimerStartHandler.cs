using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Core.Data;
using Cms.Core.Work;
using Cms.Workflows.Activities;
using Cms.Workflows.Models;
using Cms.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cms.Workflows.Timers;

/// <summary>
/// Runs a start timer's recurring row at an occurrence: starts one instance of the type at its <c>TimerEvent</c>, saved with
/// the row. The event id is the row's key and the occurrence, so the same occurrence never starts two instances. The queue
/// stores the next occurrence after now, so after downtime the timer fires once. A disabled type starts nothing; a row whose
/// type was deleted or no longer starts with that timer is cancelled.
/// </summary>
public sealed class TimerStartHandler(LtkDbContext db, WorkflowManager workflows, WorkflowTypeVersions versions, ActivityCatalog activities, IWorkQueue queue) : IWorkHandler
{
    public string Kind => WorkflowTimers.StartKind;

    public async Task<WorkResult> HandleAsync(WorkContext work, CancellationToken cancellationToken)
    {
        var payload = work.Payload<TimerStartPayload>();
        var type = payload is null ? null : await db.Set<WorkflowType>().FirstOrDefaultAsync(t => t.WorkflowTypeId == payload.WorkflowTypeId, cancellationToken);
        var definition = type is null ? null : await versions.GetAsync(type.WorkflowTypeId, type.LatestVersion, cancellationToken);
        if (payload is null || definition?.FindActivity(payload.ActivityId) is not { IsStart: true } record || activities.Find(record.Name) is not TimerEvent)
        {
            await queue.CancelAsync(work.Key, cancellationToken);
            return WorkResult.Done;
        }

        if (!type!.IsEnabled)
        {
            // Saving the type disabled cancels the row; one disabled by other means keeps it, so enabling it again resumes it.
            return WorkResult.Done;
        }

        var occurrence = DateTime.SpecifyKind(work.DueUtc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var input = new JsonObject { [TimerEvent.OccurrenceInput] = occurrence };
        await workflows.StartAtAsync(type, definition, record.ActivityId, new WorkflowEvent(TimerEvent.EventName, input, null, $"{work.Key}@{occurrence}"), cancellationToken);
        return WorkResult.Done;
    }
}
