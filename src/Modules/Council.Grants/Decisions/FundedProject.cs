namespace Council.Grants.Decisions;

/// <summary>A granted project on the public list: no personal data of a private person (offentlighedsloven § 30).</summary>
public sealed record FundedProject(DateOnly MeetingDate, string Organisation, string ProjectTitle, decimal Amount);
