namespace Council.Meetings.Schedule;

/// <summary>
/// The council's coming meetings and which of them is expected to treat an item submitted at a given time: the
/// contract Grants and the prize route items through (docs/decisions/0039-grant-status-and-meeting-schedule.md).
/// It answers from the meetings the secretariat plans (<see cref="MeetingSchedule"/>).
/// </summary>
public interface IMeetingSchedule
{
    /// <summary>Meetings from today on (in the site time zone), earliest first.</summary>
    Task<IReadOnlyList<ScheduledMeeting>> GetComingMeetingsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The first meeting whose item deadline (the meeting date minus the deadline days, the whole day in the site
    /// time zone) has not passed at <paramref name="submittedUtc"/>; null when no known meeting can take it.
    /// </summary>
    Task<ScheduledMeeting?> GetMeetingForSubmissionAsync(DateTimeOffset submittedUtc, CancellationToken cancellationToken);
}
