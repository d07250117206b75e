namespace Council.Grants.Models;

/// <summary>Which statuses a person may choose on the application's page, and which only the system sets.</summary>
public static class GrantApplicationStatuses
{
    /// <summary>
    /// What the secretariat sets by hand. OnAgenda comes from the routing, Decided from the decision and the letter,
    /// ReportRequested, ReportReceived and RepaymentRequested from the follow-up: set by hand they would say something
    /// no agenda, decision or report stands behind.
    /// </summary>
    public static readonly IReadOnlySet<GrantApplicationStatus> SetByHand = new HashSet<GrantApplicationStatus>
    {
        GrantApplicationStatus.Received,
        GrantApplicationStatus.Screening,
        GrantApplicationStatus.MoreInformationNeeded,
        GrantApplicationStatus.ReadyForMeeting,
        GrantApplicationStatus.NotEligible,
        GrantApplicationStatus.Withdrawn,
        GrantApplicationStatus.Closed,
    };

    /// <summary>The choice on the page: the statuses set by hand and, when the system set it, the current one (so it can be kept).</summary>
    public static IEnumerable<GrantApplicationStatus> OfferedFrom(GrantApplicationStatus current) =>
        Enum.GetValues<GrantApplicationStatus>().Where(s => s == current || SetByHand.Contains(s));
}
