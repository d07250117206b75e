namespace Council.Meetings.Data;

/// <summary>Where a meeting is: planned → agenda locked → held → minutes approved → published (or cancelled).</summary>
public enum MeetingStatus
{
    Planned,
    AgendaLocked,
    Held,
    MinutesApproved,
    Published,
    Cancelled,
}
