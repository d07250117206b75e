namespace Council.Meetings.Data;

/// <summary>An agenda item's place: waiting for a meeting, on a meeting's agenda, decided there, or withdrawn.</summary>
public enum AgendaItemStatus
{
    /// <summary>Ready, but no planned meeting can take it yet: it waits in the queue.</summary>
    Queued,
    OnAgenda,
    Decided,
    Withdrawn,
}
