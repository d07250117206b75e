namespace Council.Meetings.Agenda;

/// <summary>
/// Someone an agenda item concerns besides its applicant, e.g. each candidate of the prize's choice: a member who is
/// that person, or who leads that organisation, takes no part in the item (forvaltningsloven § 3).
/// </summary>
/// <param name="Name">The person's or the organisation's name as given.</param>
/// <param name="Cvr">The organisation's CVR number when known.</param>
/// <param name="Kind">A person is matched against the members' own names, an organisation against their registers.</param>
public sealed record AgendaParty(string Name, string? Cvr, AgendaPartyKind Kind);
