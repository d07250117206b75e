namespace Council.Grants.Controllers;

/// <summary>One application in the list, as shown: Danish texts, 59.800 kr., 25.11.2026.</summary>
public sealed record ApplicationListRow(
    string ContentItemId,
    string Reference,
    string Status,
    string Kind,
    string Applicant,
    string Project,
    string Amount,
    string Submitted,
    IReadOnlyList<string> Flags);
