namespace Cms.Workflows.Housekeeping;

/// <summary>
/// The one recurring housekeeping row (<see cref="WorkflowHousekeepingOptions.Cron"/>), kept at start-up by the work queue's
/// recurring schedule: queued if missing, moved if the cron was changed, left as it is otherwise.
/// </summary>
public static class WorkflowHousekeepingSchedule
{
    public const string Key = WorkflowHousekeepingHandler.WorkKind;
}
