namespace Council.Grants.Data;

/// <summary>
/// The pool of one year: the amount at its price level (59.800 kr. at 2015 level), an optional index factor to that
/// year's prices, and whether the grant page shows what is left.
/// </summary>
public sealed class GrantPool
{
    public int Year { get; set; }

    public decimal Amount { get; set; }

    /// <summary>The year whose prices <see cref="Amount"/> is given in (2015 for the seed's 59.800 kr.).</summary>
    public int PriceLevelYear { get; set; }

    /// <summary>Multiplies the amount to this year's prices (e.g. 1.187); none means the amount as given.</summary>
    public decimal? IndexFactor { get; set; }

    public bool ShowRemainingOnPage { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    /// <summary>The pool after indexing, rounded to whole kroner.</summary>
    public decimal IndexedAmount => IndexFactor is { } factor ? decimal.Round(Amount * factor, 0, MidpointRounding.AwayFromZero) : Amount;
}
