using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Council.Meetings.Calendar;

/// <summary>
/// The council's meetings as an iCalendar feed: one event per meeting with a UID that stays the same when the meeting
/// changes (so a subscribed calendar updates it), the start in the site's time zone with its VTIMEZONE, STATUS:CANCELLED
/// for a cancelled meeting.
/// </summary>
public static class MeetingIcsFeed
{
    /// <summary>How long a meeting is shown to last; the council's meetings take about two hours.</summary>
    public static readonly TimeSpan Length = TimeSpan.FromHours(2);

    public static string Uid(long meetingId) => $"meeting-{meetingId}@integrationsraadet.ltk.dk";

    public static string Write(IEnumerable<CalendarMeeting> meetings, string zoneId, string title, Func<CalendarMeeting, string> summary, Func<CalendarMeeting, string> url)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Lyngby-Taarbæk Kommune//Integrationsrådet//DA" };
        calendar.AddProperty("X-WR-CALNAME", title);
        calendar.AddTimeZone(new VTimeZone(zoneId));
        foreach (var meeting in meetings)
        {
            var start = new CalDateTime(meeting.StartsLocal, zoneId);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(meeting.Id),
                Summary = summary(meeting),
                Location = meeting.Place,
                DtStart = start,
                DtEnd = new CalDateTime(meeting.StartsLocal.Add(Length), zoneId),
                // The last change, so the feed reads the same until a meeting changes (cached, and calendars see no churn).
                DtStamp = new CalDateTime(DateTime.SpecifyKind(meeting.ModifiedUtc, DateTimeKind.Utc)),
                Status = meeting.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
                Url = new Uri(url(meeting), UriKind.RelativeOrAbsolute),
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
