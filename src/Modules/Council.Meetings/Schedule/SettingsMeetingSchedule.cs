using Cms.Core.Localization;
using Cms.Core.Settings;

namespace Council.Meetings.Schedule;

/// <summary>The meeting schedule from the site settings' <see cref="MeetingScheduleSettings"/> (read from the cached settings).</summary>
public sealed class SettingsMeetingSchedule(SiteSettingsService settings, SiteTimeZone siteTime, TimeProvider clock) : IMeetingSchedule
{
    public async Task<IReadOnlyList<ScheduledMeeting>> GetComingMeetingsAsync(CancellationToken cancellationToken) =>
        MeetingCalendar.ComingAt(await settings.GetSectionAsync<MeetingScheduleSettings>(cancellationToken), clock.GetUtcNow(), siteTime.Zone);

    public async Task<ScheduledMeeting?> GetMeetingForSubmissionAsync(DateTimeOffset submittedUtc, CancellationToken cancellationToken) =>
        MeetingCalendar.ForSubmission(await settings.GetSectionAsync<MeetingScheduleSettings>(cancellationToken), submittedUtc, siteTime.Zone);
}
