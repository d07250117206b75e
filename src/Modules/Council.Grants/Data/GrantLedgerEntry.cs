using Council.Grants.Models;

namespace Council.Grants.Data;

/// <summary>
/// One movement of a year's pool for one application: granted at a meeting, paid out, paid back (unspent money) or
/// lapsed. A decision's Granted entry follows the decision until its meeting is concluded (decision 0051); payments,
/// lapses and repayments are always new entries. The ledger's figures are sums of these.
/// </summary>
public sealed class GrantLedgerEntry
{
    public long Id { get; set; }

    public int PoolYear { get; set; }

    public string ContentItemId { get; set; } = "";

    /// <summary>The meeting of the decision the entry follows from; null for an entry not tied to a meeting.</summary>
    public long? MeetingId { get; set; }

    public GrantLedgerEntryKind Kind { get; set; }

    /// <summary>Always positive; the kind says which way it goes.</summary>
    public decimal Amount { get; set; }

    public string Note { get; set; } = "";

    public string UserName { get; set; } = "";

    public DateTime RecordedUtc { get; set; }
}
