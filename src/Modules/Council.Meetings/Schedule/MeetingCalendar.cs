namespace Council.Meetings.Schedule;

/// <summary>The schedule's arithmetic on given meetings, clock and time zone: pure, so the deadline rules are tested alone.</summary>
public static class MeetingCalendar
{
    /// <summary>A meeting on <paramref name="date"/> whose items must be in <paramref name="itemDeadlineDays"/> days before.</summary>
    public static ScheduledMeeting At(DateOnly date, int itemDeadlineDays) => new(date, date.AddDays(-Math.Max(0, itemDeadlineDays)));

    /// <summary>The meetings on or after <paramref name="today"/>, earliest first.</summary>
    public static IReadOnlyList<ScheduledMeeting> Coming(IEnumerable<ScheduledMeeting> meetings, DateOnly today) =>
        [.. meetings.Where(m => m.Date >= today).OrderBy(m => m.Date).ThenBy(m => m.StartsUtc)];

    /// <summary>The meetings from the local date of <paramref name="now"/> on (a meeting today is still coming).</summary>
    public static IReadOnlyList<ScheduledMeeting> ComingAt(IEnumerable<ScheduledMeeting> meetings, DateTimeOffset now, TimeZoneInfo zone) =>
        Coming(meetings, LocalDate(now, zone));

    /// <summary>
    /// The first meeting an item submitted at <paramref name="submitted"/> reaches: the deadline day counts whole,
    /// so the local date of the submission decides (23:59 on the deadline day is in time, 00:00 the day after is not).
    /// </summary>
    public static ScheduledMeeting? ForSubmission(IEnumerable<ScheduledMeeting> meetings, DateTimeOffset submitted, TimeZoneInfo zone)
    {
        var localDate = LocalDate(submitted, zone);
        return Coming(meetings, localDate).FirstOrDefault(m => m.ItemDeadline >= localDate);
    }

    public static DateOnly LocalDate(DateTimeOffset moment, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime);
}
