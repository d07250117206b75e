namespace Council.Meetings.Calendar;

/// <summary>The public calendar: the coming meetings and the year's held ones, and where the iCalendar feed is.</summary>
public sealed record MeetingCalendarViewModel(int Year, IReadOnlyList<CalendarMeeting> Coming, IReadOnlyList<CalendarMeeting> Held, string FeedUrl, bool English);
