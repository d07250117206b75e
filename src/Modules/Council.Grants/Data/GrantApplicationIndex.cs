using Council.Grants.Models;

namespace Council.Grants.Data;

/// <summary>
/// One row per application (its latest version), kept in step with the item by <see cref="Handlers.GrantApplicationHandler"/>:
/// what the admin list filters, sorts and sums on, so it never reads the documents (10,000 applications in mind).
/// </summary>
public sealed class GrantApplicationIndex
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public GrantApplicationStatus Status { get; set; }

    public string ApplicantKind { get; set; } = "";

    public decimal AmountAppliedFor { get; set; }

    public decimal TotalBudget { get; set; }

    public DateTime SubmittedUtc { get; set; }

    /// <summary>The year of submission in the site time zone: the pool it draws on.</summary>
    public int PoolYear { get; set; }

    public DateOnly? ExpectedMeetingDate { get; set; }

    public bool LowerPriority { get; set; }

    public bool StartsBeforeMeeting { get; set; }
}
