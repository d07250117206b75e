using Council.Meetings.Agenda;
using Council.Meetings.Conflicts;

namespace Council.Meetings.Packs;

/// <summary>One item of a pack: its number on the agenda, what its module tells the audience, and (members only) its conflicts.</summary>
public sealed record MeetingPackItem(int Number, AgendaItemDetails Details, IReadOnlyList<AgendaConflictView> Conflicts);
