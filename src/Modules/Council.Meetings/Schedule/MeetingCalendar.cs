namespace Council.Meetings.Schedule;

/// <summary>The schedule's arithmetic on given dates, clock and time zone: pure, so the deadline rules are tested alone.</summary>
public static class MeetingCalendar
{
    /// <summary>The meetings on or after <paramref name="today"/>, earliest first, each with its item deadline.</summary>
    public static IReadOnlyList<ScheduledMeeting> Coming(MeetingScheduleSettings settings, DateOnly today) =>
        [.. settings.MeetingDates
            .Where(d => d >= today)
            .Distinct()
            .Order()
            .Select(d => new ScheduledMeeting(d, d.AddDays(-Math.Max(0, settings.ItemDeadlineDays))))];

    /// <summary>The meetings from the local date of <paramref name="now"/> on (a meeting today is still coming).</summary>
    public static IReadOnlyList<ScheduledMeeting> ComingAt(MeetingScheduleSettings settings, DateTimeOffset now, TimeZoneInfo zone) =>
        Coming(settings, LocalDate(now, zone));

    /// <summary>
    /// The first meeting an item submitted at <paramref name="submitted"/> reaches: the deadline day counts whole,
    /// so the local date of the submission decides (23:59 on the deadline day is in time, 00:00 the day after is not).
    /// </summary>
    public static ScheduledMeeting? ForSubmission(MeetingScheduleSettings settings, DateTimeOffset submitted, TimeZoneInfo zone)
    {
        var localDate = LocalDate(submitted, zone);
        return Coming(settings, localDate).FirstOrDefault(m => m.ItemDeadline >= localDate);
    }

    public static DateOnly LocalDate(DateTimeOffset moment, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime);
}
