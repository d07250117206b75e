using Council.Meetings.Data;

namespace Council.Meetings.Calendar;

/// <summary>A meeting on the public calendar: when and where, whether it was cancelled, and its agenda and minutes pages.</summary>
public sealed record CalendarMeeting(long Id, DateOnly Date, DateTime StartsLocal, string Place, MeetingStatus Status, string AgendaUrl, string? MinutesUrl, DateTime ModifiedUtc)
{
    public bool Cancelled => Status == MeetingStatus.Cancelled;
}
