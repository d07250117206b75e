using Council.Meetings.Conflicts;

namespace Council.Meetings.Members;

/// <summary>
/// A council member as meetings use them: the member item's id, the name and the organisation they represent, and the
/// register conflicts are matched against (the organisation first, then the associations in <see cref="MemberInterestsPart"/>).
/// </summary>
public sealed record CouncilMemberInfo(string ContentItemId, string Name, string Organisation)
{
    public IReadOnlyList<MemberInterest> Interests { get; init; } = [];
}
