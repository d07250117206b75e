namespace Council.Meetings.Data;

/// <summary>
/// A member's conflict of interest on an item (forvaltningsloven § 3): found in the member's register of associations,
/// or declared by the member. A conflicted member takes no part in the item's decision.
/// </summary>
public sealed class AgendaItemConflict
{
    public long Id { get; set; }

    public long AgendaItemId { get; set; }

    public string MemberContentItemId { get; set; } = "";

    public string MemberName { get; set; } = "";

    /// <summary>True when the member declared it; false when the register matched the applicant.</summary>
    public bool Declared { get; set; }

    /// <summary>Why: the association that matched, or the member's own words.</summary>
    public string Reason { get; set; } = "";

    public DateTime RecordedUtc { get; set; }
}
