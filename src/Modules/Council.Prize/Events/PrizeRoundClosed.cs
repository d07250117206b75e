namespace Council.Prize.Events;

/// <summary>A round stopped taking nominations: its valid nominations go to the council as one agenda item.</summary>
public sealed record PrizeRoundClosed(long RoundId, int Year);
