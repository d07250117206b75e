namespace Council.Meetings.Models;

/// <summary><c>/admin/meetings</c>: the year's meetings, the years to choose from, the plan form and the queue's length.</summary>
public sealed record MeetingListViewModel(int Year, IReadOnlyList<int> Years, IReadOnlyList<MeetingRow> Meetings, MeetingForm Form, int ItemDeadlineDays, int AgendaDeadlineDays, int Queued);
