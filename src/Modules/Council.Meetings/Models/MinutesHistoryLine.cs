namespace Council.Meetings.Models;

/// <summary>One step in the minutes' history: when, who, what happened and, for a draft made again, why.</summary>
public sealed record MinutesHistoryLine(string When, string Who, string What, string? Reason);
