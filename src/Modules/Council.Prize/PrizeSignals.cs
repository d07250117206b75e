namespace Council.Prize;

/// <summary>The signals the prize's workflows wait for (the meetings' "meeting concluded" comes from Council.Meetings).</summary>
public static class PrizeSignals
{
    /// <summary>A round closed; correlation = each nomination's content item id.</summary>
    public const string RoundClosed = "prize round closed";

    /// <summary>A winner answered the consent request; correlation = <see cref="Agenda.PrizeAgendaItems.SourceId"/>.</summary>
    public const string ConsentAnswered = "prize consent answered";
}
