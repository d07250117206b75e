using Council.Meetings.Agenda;

namespace Council.Meetings.Data;

/// <summary>One party of an agenda item besides its applicant (<see cref="AgendaParty"/>); replaced as a whole when they change.</summary>
public sealed class AgendaItemParty
{
    public long Id { get; set; }

    public long AgendaItemId { get; set; }

    public string Name { get; set; } = "";

    public string? Cvr { get; set; }

    public AgendaPartyKind Kind { get; set; }
}
