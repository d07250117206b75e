namespace Council.Meetings.Members;

/// <summary>The council's members (the <c>CouncilMember</c> content items), for attendance, quorum and conflicts.</summary>
public interface ICouncilMembers
{
    /// <summary>
    /// The members on <paramref name="date"/>: the published members whose term covers its year, or every published member
    /// when none has a term; sorted by name the Danish way (æ, ø, å last).
    /// </summary>
    Task<IReadOnlyList<CouncilMemberInfo>> CurrentAsync(DateOnly date, CancellationToken cancellationToken);
}
