namespace Council.Meetings.Schedule;

/// <summary>
/// The site settings section <c>MeetingScheduleSettings</c>: how many days before a meeting its items must be in and
/// its agenda goes out; a meeting planned in the admin starts with these deadlines, which can be changed per meeting.
/// </summary>
public sealed class MeetingScheduleSettings
{
    public const int DefaultItemDeadlineDays = Data.Meeting.DefaultItemDeadlineDays;

    public const int DefaultAgendaDeadlineDays = Data.Meeting.DefaultAgendaDeadlineDays;

    /// <summary>Days before a meeting by which an item must be submitted to be treated at it.</summary>
    public int ItemDeadlineDays { get; set; } = DefaultItemDeadlineDays;

    /// <summary>Days before a meeting by which its agenda goes out to the members.</summary>
    public int AgendaDeadlineDays { get; set; } = DefaultAgendaDeadlineDays;
}
