using System.Globalization;
using System.Xml;
using Cms.Core.Localization;
using Cms.Workflows.Activities.Settings;
using Cms.Workflows.Localization;
using Cms.Workflows.Models;
using Cms.Workflows.Services;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Activities;

/// <summary>
/// Halts until a moment it computes when it is reached: <c>Date</c>, a Liquid template giving a date and time (local time in
/// the site's time zone unless it carries an offset, e.g. <c>{{ Input.MeetingDate }}</c>), moved by <c>Offset</c>, an
/// ISO 8601 duration (<c>-P7D</c>: a week before; <c>PT2H</c>: two hours after). Without <c>Date</c> the offset counts from
/// now. A row of the work queue due then resumes it (decision 0030); a moment already past resumes it at once. A date or
/// offset that cannot be read faults the instance, saying what it got.
/// </summary>
public sealed class WaitUntilTask(IStringLocalizer<WorkflowStrings> T, SiteTimeZone siteTime, TimeProvider clock) : TaskActivity(T)
{
    private static readonly string[] s_localFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "dd.MM.yyyy", "d.M.yyyy", "dd.MM.yyyy HH:mm", "d.M.yyyy HH:mm", "dd.MM.yyyy HH.mm", "dd.MM.yyyy 'kl.' HH.mm", "dd.MM.yyyy 'kl.' HH:mm",
    ];

    private static readonly string[] s_offsetFormats = ["yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK"];

    public override string Name => nameof(WaitUntilTask);

    public override string DisplayName => "Wait until";

    public override string Category => "Control flow";

    public override string Description => "Waits until a date it computes, moved by an offset: e.g. a week before the meeting.";

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        new("Date", "Date", ActivitySettingKind.Liquid) { Hint = "A Liquid template giving a date and time in the site's time zone, e.g. {{ Input.MeetingDate }}; empty: from now." },
        new("Offset", "Offset", ActivitySettingKind.Duration) { Hint = "An ISO 8601 duration from the date: P7D seven days after, -P7D a week before, PT2H two hours after." },
    ];

    public override IEnumerable<ActivitySettingError> ValidateSettings(ActivityRecord activity)
    {
        var date = ActivityContext.SettingOf(activity, "Date");
        var offset = ActivityContext.SettingOf(activity, "Offset");
        if (string.IsNullOrWhiteSpace(date) && string.IsNullOrWhiteSpace(offset))
        {
            yield return new("Date", Strings["Say when it goes on: Date (a Liquid template giving a date and time in the site's time zone, e.g. {{ Input.MeetingDate }}), Offset (an ISO 8601 duration such as P7D or -PT2H, from Date or from now), or both."]);
            yield break;
        }

        foreach (var (name, text) in new[] { ("Date", date), ("Offset", offset) })
        {
            if (!string.IsNullOrWhiteSpace(text) && !WorkflowExpressions.TryParseTemplate(text, out var error))
            {
                yield return new(name, Strings["{0} is not valid Liquid: {1}", name, error ?? ""]);
            }
        }

        if (!string.IsNullOrWhiteSpace(offset) && !offset.Contains('{', StringComparison.Ordinal) && !TryParseOffset(offset, out _))
        {
            yield return new("Offset", Strings["Offset '{0}' is not an ISO 8601 duration (e.g. P7D for seven days, -PT2H for two hours before, P1DT12H).", offset]);
        }
    }

    /// <summary>No event resumes it early: only its own row does, which calls the engine directly.</summary>
    public override Task<bool> CanExecuteAsync(ActivityContext context, CancellationToken cancellationToken) => Task.FromResult(false);

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow().UtcDateTime;
        var dateSetting = context.Setting("Date");
        if (!string.IsNullOrWhiteSpace(dateSetting))
        {
            var text = (await context.RenderSettingAsync("Date", cancellationToken)).Trim();
            if (text.Length == 0)
            {
                throw new InvalidOperationException($"Wait until: the date '{dateSetting}' gave nothing, so there is no time to wait for.");
            }

            at = TryParseDate(text, out var utc) ? utc
                : throw new InvalidOperationException($"Wait until: '{text}' (from '{dateSetting}') is not a date and time; write it as 2026-12-15 09:00, 15.12.2026 09:00 or 2026-12-15T09:00:00+01:00.");
        }

        var offsetSetting = context.Setting("Offset");
        if (!string.IsNullOrWhiteSpace(offsetSetting))
        {
            var text = (await context.RenderSettingAsync("Offset", cancellationToken)).Trim();
            if (!TryParseOffset(text, out var offset))
            {
                throw new InvalidOperationException($"Wait until: the offset '{text}' (from '{offsetSetting}') is not an ISO 8601 duration such as P7D or -PT2H.");
            }

            at += offset;
        }

        return ActivityResult.Halt(new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)));
    }

    /// <summary>The time has come (only its own row resumes it; a retry runs <see cref="ExecuteAsync"/> again).</summary>
    public override Task<ActivityResult> ResumeAsync(ActivityContext context, CancellationToken cancellationToken) =>
        Task.FromResult(ActivityResult.Outcomes(Done));

    private bool TryParseDate(string text, out DateTime utc)
    {
        if (DateTime.TryParseExact(text, s_localFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            utc = siteTime.ToUtc(local);
            return true;
        }

        if (DateTimeOffset.TryParseExact(text, s_offsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            utc = moment.UtcDateTime;
            return true;
        }

        utc = default;
        return false;
    }

    private static bool TryParseOffset(string text, out TimeSpan offset)
    {
        offset = default;
        if (text.Length == 0)
        {
            return false;
        }

        try
        {
            offset = XmlConvert.ToTimeSpan(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return false;
        }
    }
}
