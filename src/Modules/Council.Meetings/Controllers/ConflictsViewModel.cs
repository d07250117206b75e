using Council.Meetings.Conclusion;
using Council.Meetings.Members;

namespace Council.Meetings.Controllers;

/// <summary>The conflicts page: the meeting's items with their flagged and declared members, and the members to declare for.</summary>
public sealed record ConflictsViewModel(MeetingFacts Facts, IReadOnlyList<CouncilMemberInfo> Members, ConflictInput Input, bool CanChange);
