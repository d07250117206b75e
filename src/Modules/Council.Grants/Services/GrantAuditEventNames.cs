using Council.Grants.Localization;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Services;

/// <summary>
/// The audit trail's event names (stored in English, as filters and exports use them) in the reader's language on an
/// application's page: what the content manager, the screening, the decision, the ledger and the bundle record.
/// </summary>
public sealed class GrantAuditEventNames(IStringLocalizer<GrantStrings> T)
{
    public string Label(string eventName) => eventName switch
    {
        "Created" => T["Created"],
        "Saved" => T["Saved"],
        "Published" => T["Published"],
        "Unpublished" => T["Taken off the site"],
        "Deleted" => T["Deleted"],
        "Restored" => T["Restored"],
        "StatusChanged" => T["Status changed"],
        "NoteAdded" => T["Note added"],
        "Recommended" => T["Recommendation saved"],
        "Decided" => T["Decision recorded"],
        "DecisionChanged" => T["Decision changed"],
        "Paid" => T["Payment booked"],
        "Lapsed" => T["Lapse booked"],
        "Bundled" => T["Case bundle downloaded"],
        _ => eventName,
    };
}
