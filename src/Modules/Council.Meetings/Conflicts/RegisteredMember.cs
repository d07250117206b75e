namespace Council.Meetings.Conflicts;

/// <summary>
/// A published council member as conflicts and quorum need them: the register (the member's own organisation first) and
/// the years of the member's term, when one is picked.
/// </summary>
public sealed record RegisteredMember(string ContentItemId, string Name, IReadOnlyList<MemberInterest> Interests, int? TermStart, int? TermEnd)
{
    public bool ServesIn(int year) => TermStart is null || (TermStart <= year && (TermEnd ?? TermStart + 3) >= year);
}
