namespace Council.Meetings.Data;

/// <summary>
/// One item for the council: a grant application, later the prize's choice. <see cref="Kind"/> names the module that
/// owns it (its <see cref="Agenda.IAgendaItemSource"/>), <see cref="SourceId"/> the thing itself (a content item id).
/// One row per (Kind, SourceId): moving an item changes its meeting, the moves are kept in <see cref="AgendaItemMove"/>.
/// </summary>
public sealed class AgendaItem
{
    public long Id { get; set; }

    public string Kind { get; set; } = "";

    public string SourceId { get; set; } = "";

    /// <summary>The meeting whose agenda it is on; null while it waits in the queue.</summary>
    public long? MeetingId { get; set; }

    /// <summary>Its number on the meeting's agenda (1, 2, …); 0 while queued.</summary>
    public int Position { get; set; }

    public AgendaItemStatus Status { get; set; } = AgendaItemStatus.Queued;

    /// <summary>The item's title on the agenda (the project's title).</summary>
    public string Title { get; set; } = "";

    /// <summary>Who applies or is nominated: the organisation, or the person's name (never published for a private person).</summary>
    public string Applicant { get; set; } = "";

    /// <summary>The applicant's CVR number when known: conflicts are matched on it first.</summary>
    public string? ApplicantCvr { get; set; }

    /// <summary>When it was marked ready: routing picks the first meeting whose item deadline had not passed then.</summary>
    public DateTime ReadyUtc { get; set; }

    public AgendaItemOutcome Outcome { get; set; } = AgendaItemOutcome.None;

    /// <summary>The decision in one line for the minutes and the public agenda, e.g. "Bevilget 12.000 kr.".</summary>
    public string OutcomeText { get; set; } = "";

    public DateTime ModifiedUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    /// <summary>Others the item concerns (the prize's candidates); loaded only where asked for (Include).</summary>
    public List<AgendaItemParty> Parties { get; set; } = [];
}
