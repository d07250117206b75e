using Council.Meetings.Data;

namespace Council.Meetings.Agenda;

/// <summary>Where an item is: on which meeting's agenda (and as which number), or waiting in the queue.</summary>
public sealed record AgendaPlacement(long AgendaItemId, long? MeetingId, DateOnly? MeetingDate, int Position, AgendaItemStatus Status, AgendaItemOutcome Outcome);
