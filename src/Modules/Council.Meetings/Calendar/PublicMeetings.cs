using System.Globalization;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Core.Localization;
using Council.Meetings.Data;
using Council.Meetings.Schedule;
using Microsoft.EntityFrameworkCore;

namespace Council.Meetings.Calendar;

/// <summary>The meetings the public sees: from the start of last year on, with the addresses of their agendas and minutes.</summary>
public sealed class PublicMeetings(LtkDbContext db, ContentRoutes routes, SiteTimeZone siteTime, TimeProvider clock)
{
    public const string DanishPath = "/moeder";
    public const string EnglishPath = "/en/meetings";
    public const string FeedPath = "/moeder.ics";

    public DateOnly Today => MeetingCalendar.LocalDate(clock.GetUtcNow(), siteTime.Zone);

    /// <summary>The public agenda's address, e.g. /moeder/2027-03-04/dagsorden or /en/meetings/2027-03-04/agenda.</summary>
    public static string AgendaUrl(DateOnly date, bool english) =>
        (english ? EnglishPath : DanishPath) + "/" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (english ? "/agenda" : "/dagsorden");

    public async Task<IReadOnlyList<CalendarMeeting>> ListAsync(DateOnly from, bool english, CancellationToken cancellationToken)
    {
        var meetings = await db.Set<Meeting>().AsNoTracking().Where(m => m.Date >= from).OrderBy(m => m.Date).ThenBy(m => m.StartsUtc).ToListAsync(cancellationToken);
        var minutes = meetings.Where(m => m.MinutesContentItemId is not null).Select(m => m.MinutesContentItemId!).ToList();
        var addresses = minutes.Count == 0 ? new Dictionary<string, ContentRoute>() : await routes.AddressesAsync(minutes, cancellationToken);
        return [.. meetings.Select(m => new CalendarMeeting(
            m.Id,
            m.Date,
            siteTime.ToLocal(m.StartsUtc),
            m.Place,
            m.Status,
            AgendaUrl(m.Date, english),
            m.MinutesContentItemId is { } id && addresses.TryGetValue(id, out var route) ? route.Url : null,
            m.ModifiedUtc))];
    }
}
