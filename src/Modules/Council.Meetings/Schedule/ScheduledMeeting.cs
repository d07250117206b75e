using System.Globalization;

namespace Council.Meetings.Schedule;

/// <summary>A coming council meeting: its date and the last day an item can be submitted for it (both local dates).</summary>
public sealed record ScheduledMeeting(DateOnly Date, DateOnly ItemDeadline)
{
    /// <summary>Danish date, e.g. 04.03.2027.</summary>
    public string DateText => Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
