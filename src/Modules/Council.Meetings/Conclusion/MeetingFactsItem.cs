using Council.Meetings.Conflicts;
using Council.Meetings.Data;

namespace Council.Meetings.Conclusion;

/// <summary>An item of a meeting with the members excluded from it (their conflicts of interest).</summary>
public sealed record MeetingFactsItem(AgendaItem Item, IReadOnlyList<AgendaConflictView> Conflicts);
