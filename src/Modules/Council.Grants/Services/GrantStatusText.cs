namespace Council.Grants.Services;

/// <summary>The applicant's view of their application: the status sentence and, while it waits, the expected-meeting sentence.</summary>
public sealed record GrantStatusText(string Status, string? Meeting);
