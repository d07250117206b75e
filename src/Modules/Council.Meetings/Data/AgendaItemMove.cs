namespace Council.Meetings.Data;

/// <summary>A move of an item between meetings (or into or out of the queue), with who moved it and why.</summary>
public sealed class AgendaItemMove
{
    public long Id { get; set; }

    public long AgendaItemId { get; set; }

    public long? FromMeetingId { get; set; }

    public long? ToMeetingId { get; set; }

    public string Reason { get; set; } = "";

    /// <summary>The user who moved it; empty when the system did (routing, a deferral, a meeting cancelled).</summary>
    public string UserName { get; set; } = "";

    public DateTime MovedUtc { get; set; }
}
