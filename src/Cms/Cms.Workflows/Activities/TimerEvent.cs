using Cms.Core.Localization;
using Cms.Core.Work;
using Cms.Workflows.Activities.Settings;
using Cms.Workflows.Localization;
using Cms.Workflows.Models;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Activities;

/// <summary>
/// A schedule (<c>CronExpression</c>, in the site's time zone). As a start activity of an enabled type it starts one instance
/// per occurrence, from one recurring row of the work queue; inside a workflow it halts until its next occurrence, when a
/// row of its own resumes it (decision 0030). Only those rows start or resume it: no other event does.
/// </summary>
public sealed class TimerEvent(IStringLocalizer<WorkflowStrings> T, SiteTimeZone siteTime, TimeProvider clock) : EventActivity
{
    public const string EventName = nameof(TimerEvent);

    /// <summary>The input property of an instance a timer started: the occurrence it started for, in UTC.</summary>
    public const string OccurrenceInput = "TimerOccurrenceUtc";

    public override string Name => EventName;

    public override string DisplayName => "Timer";

    public override string Category => "Events";

    public static string? CronOf(ActivityRecord activity) => ActivityContext.SettingOf(activity, "CronExpression")?.Trim();

    public override IReadOnlyList<ActivityOutcome> GetOutcomes(ActivityRecord activity) => [new(Done, T["Done"])];

    public override string Description => "Starts the workflow on a schedule, or waits inside it until the schedule's next time (cron, in the site's time zone).";

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        new("CronExpression", "Schedule (cron)", ActivitySettingKind.Cron) { Required = true, Hint = "Minute hour day-of-month month day-of-week, e.g. 0 9 * * 1 for Mondays at 9:00 Danish time." },
    ];

    /// <summary>Its own editor shows when the schedule next occurs, so a mistake is seen before it is saved.</summary>
    public override Type? SettingsEditorType => typeof(TimerEventSettingsEditor);

    public override IEnumerable<ActivitySettingError> ValidateSettings(ActivityRecord activity)
    {
        var cron = CronOf(activity);
        if (string.IsNullOrEmpty(cron))
        {
            yield return new("CronExpression", T["Give its schedule as a cron expression (CronExpression), e.g. \"0 9 * * 1\" for Mondays at 9:00 in the site's time zone."]);
        }
        else if (!CronSchedule.TryParse(cron, out _))
        {
            yield return new("CronExpression", T["CronExpression '{0}' is not a cron expression (five fields: minute hour day-of-month month day-of-week, or six with seconds first).", cron]);
        }
        else if (CronSchedule.Next(cron, clock.GetUtcNow().UtcDateTime, siteTime.Zone) is null)
        {
            yield return new("CronExpression", T["CronExpression '{0}' never occurs again.", cron]);
        }
    }

    public override Task<bool> CanExecuteAsync(ActivityContext context, CancellationToken cancellationToken) => Task.FromResult(false);

    public override Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var cron = CronOf(context.Activity) ?? "";
        var next = CronSchedule.Next(cron, clock.GetUtcNow().UtcDateTime, siteTime.Zone)
            ?? throw new InvalidOperationException($"The timer '{cron}' never occurs again.");
        return Task.FromResult(ActivityResult.Halt(new DateTimeOffset(next, TimeSpan.Zero)));
    }

    /// <summary>
    /// Its own row goes on, and so does a start by hand (<c>WorkflowManager.StartAsync</c>); a retry inside a workflow waits
    /// for the next occurrence again.
    /// </summary>
    public override Task<ActivityResult> ResumeAsync(ActivityContext context, CancellationToken cancellationToken) =>
        context.Event?.Name == EventName || (context.Event is null && context.Activity.IsStart)
            ? Task.FromResult(ActivityResult.Outcomes(Done))
            : ExecuteAsync(context, cancellationToken);
}
