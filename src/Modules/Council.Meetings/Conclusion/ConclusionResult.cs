namespace Council.Meetings.Conclusion;

/// <summary>How a request to conclude a meeting went.</summary>
public enum ConclusionResult
{
    Concluded,

    /// <summary>It was concluded before: nothing changed and nothing was sent.</summary>
    AlreadyConcluded,

    /// <summary>An item has no outcome or lacks a quorum, or the meeting was cancelled: see the review's problems.</summary>
    Refused,

    NotFound,
}
