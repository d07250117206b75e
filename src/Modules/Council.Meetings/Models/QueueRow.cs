namespace Council.Meetings.Models;

/// <summary>An item waiting in the queue: since when, how many days, and its page in the admin.</summary>
public sealed record QueueRow(long Id, string Title, string Applicant, string ReadySince, int DaysWaiting, string? AdminUrl);
