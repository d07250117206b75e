namespace Council.Grants.Controllers;

/// <summary>A status the application took: when (25.11.2026 14:30), which, and who saved it.</summary>
public sealed record ApplicationStatusChange(string When, string Status, string UserName);
