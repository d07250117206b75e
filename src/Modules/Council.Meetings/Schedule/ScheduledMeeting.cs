using System.Globalization;

namespace Council.Meetings.Schedule;

/// <summary>A coming council meeting: its date and the last day an item can be submitted for it (both local dates).</summary>
public sealed record ScheduledMeeting(DateOnly Date, DateOnly ItemDeadline)
{
    /// <summary>The planned meeting's id (0 for a meeting not stored).</summary>
    public long Id { get; init; }

    /// <summary>When it starts; null when only the date is known.</summary>
    public DateTime? StartsUtc { get; init; }

    public string Place { get; init; } = "";

    /// <summary>When the agenda goes out to the members; the item deadline when not known.</summary>
    public DateOnly AgendaDeadline { get; init; }

    /// <summary>True when the agenda is locked: the meeting takes no more items.</summary>
    public bool AgendaLocked { get; init; }

    /// <summary>Danish date, e.g. 04.03.2027.</summary>
    public string DateText => Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
