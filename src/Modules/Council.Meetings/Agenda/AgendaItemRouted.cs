using Council.Meetings.Data;

namespace Council.Meetings.Agenda;

/// <summary>
/// An item joined an agenda, was moved, or went to the queue (published in the unit of work that made the change, so the
/// owning module updates its own record, e.g. the application's status and meeting, in the same commit).
/// </summary>
public sealed record AgendaItemRouted(string Kind, string SourceId, long? MeetingId, DateOnly? MeetingDate, AgendaItemStatus Status, string Reason);
