namespace Council.Meetings.Data;

/// <summary>
/// A council meeting. The item deadline (by default 14 days before) decides which items it treats; the agenda deadline
/// (by default 7 days before) is when the agenda goes out to the members. Deadlines are local dates in the site time
/// zone; the whole deadline day counts.
/// </summary>
public sealed class Meeting
{
    public const int DefaultItemDeadlineDays = 14;
    public const int DefaultAgendaDeadlineDays = 7;

    public long Id { get; set; }

    /// <summary>When the meeting starts (UTC; shown in the site time zone).</summary>
    public DateTime StartsUtc { get; set; }

    /// <summary>The local date of <see cref="StartsUtc"/>, kept so routing and the calendar query on dates alone.</summary>
    public DateOnly Date { get; set; }

    public string Place { get; set; } = "";

    public MeetingStatus Status { get; set; } = MeetingStatus.Planned;

    public DateOnly ItemDeadline { get; set; }

    public DateOnly AgendaDeadline { get; set; }

    /// <summary>When the meeting was concluded (the decisions sent); null until then.</summary>
    public DateTime? ConcludedUtc { get; set; }

    /// <summary>The minutes while they are drafted and approved (Markdown).</summary>
    public string MinutesDraft { get; set; } = "";

    /// <summary>The page the minutes were published as.</summary>
    public string? MinutesContentItemId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}
