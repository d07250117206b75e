namespace Council.Meetings.Models;

/// <summary><c>/admin/meetings/{id}/edit</c>: the meeting, its form and the settings' deadline days the hints name.</summary>
public sealed record MeetingEditViewModel(MeetingRow Meeting, MeetingForm Form, int ItemDeadlineDays, int AgendaDeadlineDays);
