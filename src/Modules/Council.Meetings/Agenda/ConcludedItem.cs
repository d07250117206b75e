using Council.Meetings.Data;

namespace Council.Meetings.Agenda;

/// <summary>An item of a concluded meeting: what was decided, and the members who took no part (their conflicts).</summary>
public sealed record ConcludedItem(string Kind, string SourceId, int Position, AgendaItemOutcome Outcome, IReadOnlyList<string> ExcludedMembers);
