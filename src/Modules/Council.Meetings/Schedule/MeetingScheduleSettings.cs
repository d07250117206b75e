using System.Text.Json.Serialization;

namespace Council.Meetings.Schedule;

/// <summary>
/// The site settings section <c>MeetingScheduleSettings</c>: the dates of the coming meetings and how many days
/// before a meeting its items must be in. Stands in for real meetings until the meetings module plans them.
/// </summary>
public sealed class MeetingScheduleSettings
{
    public const int DefaultItemDeadlineDays = 14;

    /// <summary>Meeting dates (local dates, stored as yyyy-MM-dd).</summary>
    public List<DateOnly> MeetingDates { get; set; } = [];

    /// <summary>Days before a meeting by which an item must be submitted to be treated at it.</summary>
    public int ItemDeadlineDays { get; set; } = DefaultItemDeadlineDays;

    /// <summary>The dates as the settings page shows and reads them, one per line (25.11.2026); not stored.</summary>
    [JsonIgnore]
    public string MeetingDatesText { get; set; } = "";
}
