namespace Council.Meetings.Models;

/// <summary>A recorded move of an item: when, which item, from where to where, why and by whom.</summary>
public sealed record MoveLine(string When, string Title, string From, string To, string Reason, string UserName);
