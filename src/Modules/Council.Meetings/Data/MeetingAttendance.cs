namespace Council.Meetings.Data;

/// <summary>Whether a council member attended a meeting (the member is a CouncilMember content item).</summary>
public sealed class MeetingAttendance
{
    public long Id { get; set; }

    public long MeetingId { get; set; }

    public string MemberContentItemId { get; set; } = "";

    /// <summary>The member's name when recorded, so the minutes read right if the member item changes later.</summary>
    public string MemberName { get; set; } = "";

    public bool Present { get; set; }
}
