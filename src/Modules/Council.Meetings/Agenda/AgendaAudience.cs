namespace Council.Meetings.Agenda;

/// <summary>Who an agenda pack is for: the members (everything) or the public (no personal data of private persons).</summary>
public enum AgendaAudience
{
    Members,
    Public,
}
