namespace Council.Grants.Agenda;

/// <summary>Grant applications on the council's agendas.</summary>
public static class GrantAgendaItems
{
    /// <summary>The kind grant applications carry on the agenda (Council.Meetings' AgendaItem.Kind).</summary>
    public const string Kind = "grant-application";
}
