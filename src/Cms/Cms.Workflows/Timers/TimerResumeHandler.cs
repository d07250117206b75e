using Cms.Core.Data;
using Cms.Core.Work;
using Cms.Workflows.Models;
using Cms.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cms.Workflows.Timers;

/// <summary>
/// Runs a resume row when its time has come: resumes the instance at the activity it waits on, saved with the row; the event
/// id is the row's key, so it has its effect once (decision 0025). An instance that finished, was aborted or moved on is
/// left alone and the row is done. A faulted instance keeps its row until it has been retried, so a timer in another
/// branch still fires.
/// </summary>
public sealed class TimerResumeHandler(LtkDbContext db, WorkflowManager workflows, TimeProvider clock) : IWorkHandler
{
    /// <summary>How often the row of a faulted instance looks again whether it has been retried.</summary>
    public static readonly TimeSpan FaultedRecheck = TimeSpan.FromMinutes(15);

    public string Kind => WorkflowTimers.ResumeKind;

    public async Task<WorkResult> HandleAsync(WorkContext work, CancellationToken cancellationToken)
    {
        if (work.Payload<TimerResumePayload>() is not { } payload)
        {
            return WorkResult.Done;
        }

        var faulted = await db.Set<WorkflowInstance>().AnyAsync(i => i.WorkflowId == payload.WorkflowId && i.Status == WorkflowStatus.Faulted, cancellationToken);
        if (faulted && await db.Set<BlockingActivity>().AnyAsync(b => b.WorkflowId == payload.WorkflowId && b.ActivityId == payload.ActivityId, cancellationToken))
        {
            return WorkResult.Later(clock.GetUtcNow().UtcDateTime + FaultedRecheck, "The workflow is faulted; the timer fires once it has been retried.");
        }

        await workflows.ResumeAtAsync(payload.WorkflowId, payload.ActivityId, payload.ResumeAtUtc, work.Key, cancellationToken);
        return WorkResult.Done;
    }
}
