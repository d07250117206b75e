using Council.Meetings.Data;

namespace Council.Meetings.Models;

/// <summary>A meeting in the year's list: when, where, its status and deadlines, and how many items are on it.</summary>
public sealed record MeetingRow(long Id, string Date, string Time, string Place, MeetingStatus Status, string StatusText, string ItemDeadline, string AgendaDeadline, int Items);
