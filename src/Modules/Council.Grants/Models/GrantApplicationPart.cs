using System.Text.Json.Serialization;
using Cms.Contents.Models;

namespace Council.Grants.Models;

/// <summary>
/// GrantApplicationPart: the secretariat's side of an application, never on the public form. The status and the
/// flags are kept here (and copied to <see cref="Data.GrantApplicationIndex"/> for the admin list), so an
/// application's JSON is its whole record (docs/decisions/0039-grant-status-and-meeting-schedule.md).
/// </summary>
public sealed class GrantApplicationPart : ContentPart
{
    public GrantApplicationStatus Status { get; set; } = GrantApplicationStatus.Received;

    /// <summary>What the secretariat asked the applicant for during screening, and the answers, oldest first.</summary>
    public List<GrantInformationAnswer> Information { get; set; } = [];

    /// <summary>When the application came in; set once, when the item is created.</summary>
    public DateTime? SubmittedUtc { get; set; }

    /// <summary>The meeting expected to treat it (from the meeting schedule at submission), a local date.</summary>
    [JsonConverter(typeof(DateFieldValueConverter))]
    public DateOnly? ExpectedMeetingDate { get; set; }

    /// <summary>The meeting whose agenda it is on, once the secretariat put it there.</summary>
    [JsonConverter(typeof(DateFieldValueConverter))]
    public DateOnly? AgendaMeetingDate { get; set; }

    /// <summary>Why the applicant withdrew the application, as the secretariat noted it when setting it Withdrawn.</summary>
    public string WithdrawnReason { get; set; } = "";

    /// <summary>The secretariat's recommendation to the council, shown in the members' agenda pack.</summary>
    public string Recommendation { get; set; } = "";

    /// <summary>The amount the secretariat recommends granting; counted as "recommended" in the pool ledger.</summary>
    public decimal? RecommendedAmount { get; set; }

    /// <summary>A public institution applies: accepted, but the council prefers civil society (the seed's rule).</summary>
    public bool LowerPriority { get; set; }

    /// <summary>The project starts before the meeting that is expected to treat it.</summary>
    public bool StartsBeforeMeeting { get; set; }

    /// <summary>When the case was last bundled for the municipality's case system: from then on it may be purged under the retention rules.</summary>
    public DateTime? BundledUtc { get; set; }

    /// <summary>Each status the application has had and when, oldest first; kept by the handler however the status is set.</summary>
    public List<GrantStatusChange> StatusChanges { get; set; } = [];
}
