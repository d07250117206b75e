namespace Council.Grants.Models;

/// <summary>When an application reached a status: the dates on the applicant's status page.</summary>
public sealed record GrantStatusChange(GrantApplicationStatus Status, DateTime AtUtc);
