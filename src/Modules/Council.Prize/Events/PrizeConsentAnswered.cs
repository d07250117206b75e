namespace Council.Prize.Events;

/// <summary>A winner answered whether their name may be published.</summary>
public sealed record PrizeConsentAnswered(long WinnerId, long RoundId, bool Given);
