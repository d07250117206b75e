using Council.Meetings.Data;

namespace Council.Meetings.Conclusion;

/// <summary>
/// What concluding a meeting will do, or why it cannot yet: each problem says which item and why. Deferred items go to
/// <see cref="NextMeeting"/> (the queue when null).
/// </summary>
public sealed record ConclusionReview(MeetingFacts Facts, IReadOnlyList<string> Problems, Meeting? NextMeeting)
{
    public bool CanConclude => Problems.Count == 0 && !IsConcluded;

    public bool IsConcluded => Facts.Meeting.ConcludedUtc is not null;
}
