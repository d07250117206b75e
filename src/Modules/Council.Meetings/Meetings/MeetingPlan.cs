namespace Council.Meetings.Meetings;

/// <summary>A meeting as the secretariat plans it: local date and time, place, and its two deadlines (local dates).</summary>
public sealed record MeetingPlan(DateOnly Date, TimeOnly Time, string Place, DateOnly ItemDeadline, DateOnly AgendaDeadline);
