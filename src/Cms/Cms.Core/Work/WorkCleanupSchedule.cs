namespace Cms.Core.Work;

/// <summary>The one recurring clean-up row (<see cref="WorkOptions.CleanupCron"/>), kept at start-up by <see cref="RecurringWorkSchedule"/>.</summary>
public static class WorkCleanupSchedule
{
    public const string Key = WorkCleanupHandler.WorkKind;
}
