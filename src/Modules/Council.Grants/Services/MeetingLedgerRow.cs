namespace Council.Grants.Services;

/// <summary>
/// One meeting in the year's ledger: what its agenda recommends, what it granted and what has since been paid, repaid or
/// lapsed of that; for a meeting not yet concluded, what would be left of the pool if every recommendation still open on
/// its agenda were approved.
/// </summary>
public sealed record MeetingLedgerRow(
    long MeetingId,
    DateOnly Date,
    bool Concluded,
    int Items,
    decimal Recommended,
    GrantLedgerSums Sums,
    decimal? RemainingIfApproved);
