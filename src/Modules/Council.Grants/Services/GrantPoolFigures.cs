namespace Council.Grants.Services;

/// <summary>A year's pool as the secretariat reads it: the amount and its indexing, what was applied for, granted and is left.</summary>
public sealed record GrantPoolFigures(
    int Year,
    decimal Amount,
    int PriceLevelYear,
    decimal? IndexFactor,
    decimal IndexedAmount,
    decimal AppliedFor,
    int Applications,
    decimal Granted,
    bool ShowRemainingOnPage,
    bool IsStored)
{
    public decimal Remaining => IndexedAmount - Granted;
}
