using Council.Meetings.Data;

namespace Council.Grants.Decisions;

/// <summary>What the grant decisions need to know of a meeting's state.</summary>
public static class GrantMeetings
{
    /// <summary>
    /// Concluded: the decisions were sent (or the minutes are past the meeting), so they are final. A held meeting
    /// whose decisions are still being recorded is not concluded yet.
    /// </summary>
    public static bool IsConcluded(Meeting meeting) =>
        meeting.ConcludedUtc is not null || meeting.Status is MeetingStatus.MinutesApproved or MeetingStatus.Published or MeetingStatus.Cancelled;
}
