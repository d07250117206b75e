using Council.Meetings.Schedule;

namespace Council.Meetings.Dashboard;

/// <summary>The dashboard's meetings box: the next meeting and its items, what waits in the queue, and whether one is planned soon.</summary>
public sealed record MeetingsWidgetModel(ScheduledMeeting? Next, string? NextTime, int ItemsOnNext, int Queued, bool NoneSoon, DateOnly Horizon);
