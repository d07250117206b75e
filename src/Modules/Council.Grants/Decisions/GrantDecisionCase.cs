using Cms.Contents.Models;
using Council.Grants.Data;
using Council.Meetings.Agenda;
using Council.Meetings.Conflicts;
using Council.Meetings.Data;

namespace Council.Grants.Decisions;

/// <summary>
/// An application as the council decides on it: where it is on the agenda, the meeting, the decision at that meeting
/// (if one is recorded), the one in force, the members who take no part, and why it cannot be decided now, if so.
/// </summary>
public sealed record GrantDecisionCase(
    ContentItem Item,
    GrantApplicationIndex? Index,
    decimal AmountAsked,
    int PoolYear,
    AgendaPlacement? Placement,
    Meeting? Meeting,
    GrantDecision? AtMeeting,
    GrantDecision? InForce,
    IReadOnlyList<AgendaConflictView> Excluded,
    string? Blocked)
{
    public bool CanDecide => Blocked is null && Meeting is not null;

    /// <summary>The organisation, or the person's name, as the secretariat reads it.</summary>
    public string Applicant => Index is null ? "" : Index.Organisation.Length > 0 ? Index.Organisation : Index.ApplicantName;
}
