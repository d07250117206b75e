namespace Council.Grants.Models;

/// <summary>A movement of the pool after a decision: granted, paid out, paid back, or lapsed (not used).</summary>
public enum GrantLedgerEntryKind
{
    Granted,
    Paid,
    Repaid,
    Lapsed,
}
