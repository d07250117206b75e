using Council.Grants.Models;

namespace Council.Grants.Data;

/// <summary>
/// One row per application (its latest version), kept in step with the item by <see cref="Handlers.GrantApplicationHandler"/>:
/// what the admin list shows, filters, sorts and sums on, so it never reads the documents (10,000 applications in mind).
/// </summary>
public sealed class GrantApplicationIndex
{
    public long Id { get; set; }

    /// <summary>The version of <see cref="Handlers.GrantApplicationIndexProvider"/> that wrote the row; older rows are written again at start-up.</summary>
    public int IndexVersion { get; set; }

    public string ContentItemId { get; set; } = "";

    /// <summary>The form's reference number (LTK-2027-0042); empty for an application registered in the admin.</summary>
    public string Reference { get; set; } = "";

    public GrantApplicationStatus Status { get; set; }

    public string ApplicantKind { get; set; } = "";

    public string ApplicantName { get; set; } = "";

    public string Organisation { get; set; } = "";

    public string ProjectTitle { get; set; } = "";

    /// <summary>Reference, name, organisation and title in lower case, what the list's search looks in.</summary>
    public string SearchText { get; set; } = "";

    public decimal AmountAppliedFor { get; set; }

    /// <summary>The amount applied for in øre: SQLite cannot sort decimals, so the list sorts on this whole number.</summary>
    public long AmountInOre { get; set; }

    public decimal TotalBudget { get; set; }

    /// <summary>The amount the secretariat recommends granting, what the pool ledger counts as recommended.</summary>
    public decimal? RecommendedAmount { get; set; }

    public DateTime SubmittedUtc { get; set; }

    /// <summary>The year of submission in the site time zone: the pool it draws on.</summary>
    public int PoolYear { get; set; }

    public DateOnly? ExpectedMeetingDate { get; set; }

    /// <summary>The meeting that treats it: the agenda's once it is on one, else the expected one (the list's meeting filter).</summary>
    public DateOnly? MeetingDate { get; set; }

    public bool LowerPriority { get; set; }

    public bool StartsBeforeMeeting { get; set; }
}
