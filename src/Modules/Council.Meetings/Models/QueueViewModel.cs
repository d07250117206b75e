namespace Council.Meetings.Models;

/// <summary><c>/admin/meetings/queue</c>: the items waiting for a meeting and the planned meetings that can take them.</summary>
public sealed record QueueViewModel(IReadOnlyList<QueueRow> Items, IReadOnlyList<MeetingChoice> Targets);
