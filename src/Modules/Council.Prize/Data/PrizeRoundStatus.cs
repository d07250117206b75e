namespace Council.Prize.Data;

/// <summary>Where a year's round is: planned → open for nominations → closed → decided by the council → awarded at the festival.</summary>
public enum PrizeRoundStatus
{
    Planned,
    Open,
    Closed,
    Decided,
    Awarded,
    Cancelled,
}
