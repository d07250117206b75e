using Council.Grants.Services;

namespace Council.Grants.Decisions;

/// <summary>
/// The application page's block for the council's decision: the recommendation form, the decision in force and the link
/// to the decision form (or why it cannot be made now), and the grant's payments and lapses with their forms.
/// </summary>
public sealed record DecisionPanel(
    string ContentItemId,
    DecisionPanelInput Input,
    string? Decision,
    string? DecisionMeta,
    bool CanDecide,
    string? Blocked,
    GrantLedgerSums Sums,
    IReadOnlyList<DecisionPanelEntry> Entries,
    bool HasGrant,
    string? PaymentsBlocked)
{
    public string Url => $"/admin/applications/{Uri.EscapeDataString(ContentItemId)}";

    public string DecisionUrl => Url + "/decision";
}
