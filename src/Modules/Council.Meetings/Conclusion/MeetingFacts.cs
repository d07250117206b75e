using Council.Meetings.Data;
using Council.Meetings.Members;

namespace Council.Meetings.Conclusion;

/// <summary>
/// A meeting as its conclusion and its minutes see it: the current members, who was present, and the items on its agenda
/// in order with the members who take no part in each.
/// </summary>
public sealed record MeetingFacts(Meeting Meeting, IReadOnlyList<CouncilMemberInfo> Members, IReadOnlyList<string> Present, IReadOnlyList<string> Absent, IReadOnlyList<MeetingFactsItem> Items)
{
    /// <summary>How many must take part in an item: at least half the current members.</summary>
    public int Quorum => (Members.Count + 1) / 2;

    /// <summary>The current members recorded present, by content item id.</summary>
    public IReadOnlySet<string> PresentIds { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>How many present members may take part in the item.</summary>
    public int Voting(MeetingFactsItem item) => PresentIds.Count(id => item.Conflicts.All(c => c.MemberContentItemId != id));
}
