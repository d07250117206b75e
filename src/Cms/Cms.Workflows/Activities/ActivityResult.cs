namespace Cms.Workflows.Activities;

/// <summary>How an execution ended: with outcomes to follow, or halted until an event (later a due time) resumes it.</summary>
public sealed class ActivityResult
{
    private ActivityResult(IReadOnlyList<string> outcomes, bool halted, DateTimeOffset? resumeAt, bool afterCommit = false)
    {
        OutcomeNames = outcomes;
        IsHalted = halted;
        ResumeAt = resumeAt;
        ResumesAfterCommit = afterCommit;
    }

    public IReadOnlyList<string> OutcomeNames { get; }

    public bool IsHalted { get; }

    /// <summary>
    /// For an activity that halts until a time (a timer, a wait-until): when to resume it. The engine records it on
    /// the blocking activity; the durable work queue that resumes it is not part of the engine.
    /// </summary>
    public DateTimeOffset? ResumeAt { get; }

    /// <summary>
    /// Halted until the change being saved has committed, then run again (a content task whose item is not stored
    /// yet because its own event is being handled). Until then it is a blocking activity like any other.
    /// </summary>
    public bool ResumesAfterCommit { get; }

    /// <summary>Why it ended so, in a person's words (a user task's comment); the journal keeps it beside the user.</summary>
    public string? Note { get; private init; }

    public ActivityResult WithNote(string? note) => new(OutcomeNames, IsHalted, ResumeAt, ResumesAfterCommit) { Note = note };

    public static ActivityResult Outcomes(params string[] outcomes) => new(outcomes, false, null);

    /// <summary>Ends with no outcome: this path stops here (a join still waiting for its other branches).</summary>
    public static ActivityResult Noop() => new([], false, null);

    public static ActivityResult Halt(DateTimeOffset? resumeAt = null) => new([], true, resumeAt);

    public static ActivityResult ContinueAfterCommit() => new([], true, null, afterCommit: true);
}
