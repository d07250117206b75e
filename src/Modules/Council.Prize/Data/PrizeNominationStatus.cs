namespace Council.Prize.Data;

/// <summary>Where a nomination is in the secretariat's check.</summary>
public enum PrizeNominationStatus
{
    Received,
    Valid,
    MoreInformationAsked,
    NotValid,
    Withdrawn,
}
