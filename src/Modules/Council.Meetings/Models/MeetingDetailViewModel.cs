namespace Council.Meetings.Models;

/// <summary><c>/admin/meetings/{id}</c>: the meeting, its agenda in order, the moves, attendance and quorum.</summary>
public sealed record MeetingDetailViewModel(
    MeetingRow Meeting,
    bool CanChangeAgenda,
    bool CanUnlock,
    IReadOnlyList<AgendaRow> Items,
    IReadOnlyList<MoveLine> Moves,
    IReadOnlyList<AttendanceRow> Members,
    int Present,
    int Needed,
    IReadOnlyList<MeetingChoice> Targets,
    string CancelReason);
