using Council.Grants.Data;
using Council.Grants.Models;

namespace Council.Grants.Services;

/// <summary>The four movements of a set of ledger entries, summed (in memory: SQLite cannot sum decimals exactly).</summary>
public sealed record GrantLedgerSums(decimal Granted, decimal Paid, decimal Repaid, decimal Lapsed)
{
    public static readonly GrantLedgerSums Zero = new(0, 0, 0, 0);

    /// <summary>What is left of a pool of <paramref name="budget"/> after these movements.</summary>
    public decimal RemainingOf(decimal budget) => budget - Granted + Repaid + Lapsed;

    /// <summary>Granted and not yet paid out or lapsed: what can still be paid or lapse.</summary>
    public decimal Open => Granted - Paid - Lapsed;

    public static GrantLedgerSums Of(IEnumerable<GrantLedgerEntry> entries)
    {
        decimal granted = 0, paid = 0, repaid = 0, lapsed = 0;
        foreach (var entry in entries)
        {
            switch (entry.Kind)
            {
                case GrantLedgerEntryKind.Granted: granted += entry.Amount; break;
                case GrantLedgerEntryKind.Paid: paid += entry.Amount; break;
                case GrantLedgerEntryKind.Repaid: repaid += entry.Amount; break;
                case GrantLedgerEntryKind.Lapsed: lapsed += entry.Amount; break;
            }
        }

        return new GrantLedgerSums(granted, paid, repaid, lapsed);
    }
}
