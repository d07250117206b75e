using System.Text.Json.Serialization;

namespace Council.Grants.Models;

/// <summary>Where an application is in its treatment; stored by name, so the JSON and the index read plainly.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GrantApplicationStatus>))]
public enum GrantApplicationStatus
{
    Received,
    Screening,
    MoreInformationNeeded,
    ReadyForMeeting,
    OnAgenda,
    Decided,
    NotEligible,
    /// <summary>Granted: the grantee has been sent the link to report on the project and its accounts.</summary>
    ReportRequested,
    /// <summary>The report and receipts are in; the secretariat checks them.</summary>
    ReportReceived,
    /// <summary>Unspent money is to be paid back.</summary>
    RepaymentRequested,
    /// <summary>The case is closed: reported, approved and settled (or refused and told).</summary>
    Closed,
    /// <summary>The applicant withdrew the application (the reason is kept on the part).</summary>
    Withdrawn,
}
