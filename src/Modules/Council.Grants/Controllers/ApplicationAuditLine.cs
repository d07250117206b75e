namespace Council.Grants.Controllers;

/// <summary>One audit trail event of the application: when, the category and event, and who.</summary>
public sealed record ApplicationAuditLine(string When, string Category, string Event, string UserName, string? Comment);
