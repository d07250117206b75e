namespace Council.Grants.Services;

/// <summary>
/// A year's pool as the secretariat reads it: the amount and its indexing, what was applied for, recommended, granted,
/// paid, repaid and lapsed, and what is left. Money paid back or lapsed goes back into the pool; a payment does not
/// change what is left (it was counted when it was granted).
/// </summary>
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
    /// <summary>The secretariat's recommendations on the year's applications.</summary>
    public decimal Recommended { get; init; }

    public decimal Paid { get; init; }

    public decimal Repaid { get; init; }

    public decimal Lapsed { get; init; }

    public decimal Remaining => IndexedAmount - Granted + Repaid + Lapsed;
}
