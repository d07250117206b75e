namespace Council.Prize.Agenda;

/// <summary>The prize's item on the council's agenda: one per round, all its valid nominations together.</summary>
public static class PrizeAgendaItems
{
    /// <summary>The agenda item kind of the council's choice of winners.</summary>
    public const string Kind = "prize-choice";

    /// <summary>The item's source id for the round of <paramref name="year"/>, also the correlation of its signals.</summary>
    public static string SourceId(int year) => $"prize-round-{year}";
}
