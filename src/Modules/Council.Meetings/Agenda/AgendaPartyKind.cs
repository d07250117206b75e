namespace Council.Meetings.Agenda;

/// <summary>Whether a party to an agenda item is a person or an organisation: conflicts compare them differently.</summary>
public enum AgendaPartyKind
{
    Organisation,
    Person,
}
