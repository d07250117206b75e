using Council.Meetings.Schedule;
using LtkSite.Tests.Unit.Workflows;

namespace LtkSite.Tests.Unit.Grants;

public sealed class MeetingCalendarTests
{
    private static readonly TimeZoneInfo s_copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    // Given out of order, as the database may return them.
    private static readonly ScheduledMeeting[] s_meetings =
        [.. new DateOnly[] { new(2027, 6, 10), new(2027, 3, 4), new(2027, 9, 23), new(2026, 12, 3) }.Select(d => MeetingCalendar.At(d, 14))];

    private static DateTimeOffset Utc(int month, int day, int hour, int minute) => new(2027, month, day, hour, minute, 0, TimeSpan.Zero);

    private static DateOnly? MeetingFor(DateTimeOffset submitted) => MeetingCalendar.ForSubmission(s_meetings, submitted, s_copenhagen)?.Date;

    [Fact]
    public void The_deadline_day_counts_until_midnight_in_Copenhagen_in_winter()
    {
        // The March meeting's deadline is 18.02.2027; Copenhagen is UTC+1 then.
        Assert.Equal(new DateOnly(2027, 3, 4), MeetingFor(Utc(2, 18, 22, 59)));
        Assert.Equal(new DateOnly(2027, 6, 10), MeetingFor(Utc(2, 18, 23, 0)));
    }

    [Fact]
    public void The_deadline_day_counts_until_midnight_in_Copenhagen_in_summer()
    {
        // The June meeting's deadline is 27.05.2027; Copenhagen is UTC+2 then.
        Assert.Equal(new DateOnly(2027, 6, 10), MeetingFor(Utc(5, 27, 21, 59)));
        Assert.Equal(new DateOnly(2027, 9, 23), MeetingFor(Utc(5, 27, 22, 0)));
    }

    [Fact]
    public void After_the_last_known_deadline_no_meeting_is_expected()
    {
        Assert.Null(MeetingFor(Utc(9, 10, 12, 0)));
    }

    [Fact]
    public void The_meeting_reports_its_deadline_and_its_Danish_date()
    {
        var meeting = MeetingCalendar.ForSubmission(s_meetings, Utc(1, 5, 9, 0), s_copenhagen)!;

        Assert.Equal(new DateOnly(2027, 2, 18), meeting.ItemDeadline);
        Assert.Equal("04.03.2027", meeting.DateText);
    }

    [Fact]
    public void Coming_meetings_are_in_order_and_a_meeting_today_is_still_coming()
    {
        var clock = new FixedClock(Utc(3, 4, 22, 30)); // 23:30 on 4 March in Copenhagen

        var coming = MeetingCalendar.ComingAt(s_meetings, clock.GetUtcNow(), s_copenhagen);

        Assert.Equal([new DateOnly(2027, 3, 4), new DateOnly(2027, 6, 10), new DateOnly(2027, 9, 23)], coming.Select(m => m.Date));
    }

    [Fact]
    public void A_meeting_is_past_from_midnight_in_Copenhagen_not_in_UTC()
    {
        var clock = new FixedClock(Utc(3, 4, 23, 30)); // 00:30 on 5 March in Copenhagen, still 4 March in UTC

        var coming = MeetingCalendar.ComingAt(s_meetings, clock.GetUtcNow(), s_copenhagen);

        Assert.Equal(new DateOnly(2027, 6, 10), coming[0].Date);
    }

    [Fact]
    public void Without_deadline_days_an_item_reaches_a_meeting_up_to_the_meeting_day()
    {
        ScheduledMeeting[] meetings = [MeetingCalendar.At(new(2027, 3, 4), 0)];

        Assert.Equal(new DateOnly(2027, 3, 4), MeetingCalendar.ForSubmission(meetings, Utc(3, 4, 10, 0), s_copenhagen)?.Date);
    }
}
