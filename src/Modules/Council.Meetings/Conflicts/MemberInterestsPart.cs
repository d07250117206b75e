using Cms.Contents.Models;

namespace Council.Meetings.Conflicts;

/// <summary>
/// MemberInterestsPart on a council member: <c>{"Interests": [{"Name", "Cvr"}]}</c>, the register of the associations and
/// organisations the member leads or represents (forvaltningsloven § 3). An applicant that matches one is flagged for the
/// member on the agenda.
/// </summary>
public sealed class MemberInterestsPart : ContentPart
{
    public List<MemberInterest> Interests { get; set; } = [];
}
