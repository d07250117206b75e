namespace Council.Meetings.Models;

/// <summary>A current council member and whether they were recorded present.</summary>
public sealed record AttendanceRow(string MemberContentItemId, string Name, string Organisation, bool Present);
