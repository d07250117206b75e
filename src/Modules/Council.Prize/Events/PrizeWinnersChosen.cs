namespace Council.Prize.Events;

/// <summary>The council's choice of a round's winners was recorded (before the meeting is concluded it may still change).</summary>
public sealed record PrizeWinnersChosen(long RoundId, int Year);
