namespace Council.Prize.Events;

/// <summary>A round began taking nominations (its opening day came); subscribers to the next round are told.</summary>
public sealed record PrizeRoundOpened(long RoundId, int Year);
