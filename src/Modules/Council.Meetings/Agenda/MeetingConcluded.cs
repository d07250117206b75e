namespace Council.Meetings.Agenda;

/// <summary>
/// A meeting was concluded: its decisions are final and the applicants are to hear at once. Published after the commit;
/// the workflow integration sends the signal <see cref="MeetingSignals.MeetingConcluded"/> for every item.
/// </summary>
public sealed record MeetingConcluded(long MeetingId, DateOnly MeetingDate, IReadOnlyList<ConcludedItem> Items);
