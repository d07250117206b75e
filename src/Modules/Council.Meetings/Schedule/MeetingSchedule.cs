using Cms.Core.Data;
using Cms.Core.Localization;
using Council.Meetings.Data;
using Microsoft.EntityFrameworkCore;

namespace Council.Meetings.Schedule;

/// <summary>
/// The meeting schedule from the planned meetings (<see cref="Meeting"/> rows): a cancelled meeting is none, a meeting
/// whose agenda is locked is still coming but takes no more items, so a submission is expected at the one after.
/// </summary>
public sealed class MeetingSchedule(LtkDbContext db, SiteTimeZone siteTime, TimeProvider clock) : IMeetingSchedule
{
    public async Task<IReadOnlyList<ScheduledMeeting>> GetComingMeetingsAsync(CancellationToken cancellationToken) =>
        MeetingCalendar.ComingAt(await FromAsync(clock.GetUtcNow(), takingItemsOnly: false, cancellationToken), clock.GetUtcNow(), siteTime.Zone);

    public async Task<ScheduledMeeting?> GetMeetingForSubmissionAsync(DateTimeOffset submittedUtc, CancellationToken cancellationToken) =>
        MeetingCalendar.ForSubmission(await FromAsync(submittedUtc, takingItemsOnly: true, cancellationToken), submittedUtc, siteTime.Zone);

    private async Task<List<ScheduledMeeting>> FromAsync(DateTimeOffset moment, bool takingItemsOnly, CancellationToken cancellationToken)
    {
        // A day's margin: the local date is decided in memory, in the site's time zone.
        var from = DateOnly.FromDateTime(moment.UtcDateTime).AddDays(-1);
        var rows = await db.Set<Meeting>().AsNoTracking()
            .Where(m => m.Date >= from && (m.Status == MeetingStatus.Planned || (!takingItemsOnly && m.Status == MeetingStatus.AgendaLocked)))
            .OrderBy(m => m.Date)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(Of)];
    }

    public static ScheduledMeeting Of(Meeting m) => new(m.Date, m.ItemDeadline)
    {
        Id = m.Id,
        StartsUtc = m.StartsUtc,
        Place = m.Place,
        AgendaDeadline = m.AgendaDeadline,
        AgendaLocked = m.Status == MeetingStatus.AgendaLocked,
    };
}
