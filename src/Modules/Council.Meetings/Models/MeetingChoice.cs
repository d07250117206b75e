namespace Council.Meetings.Models;

/// <summary>A planned meeting an item can be moved to.</summary>
public sealed record MeetingChoice(long Id, string Date);
