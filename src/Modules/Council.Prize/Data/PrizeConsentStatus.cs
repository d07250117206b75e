namespace Council.Prize.Data;

/// <summary>A winner's answer to whether their name may be published.</summary>
public enum PrizeConsentStatus
{
    Pending,
    Given,
    Refused,
}
