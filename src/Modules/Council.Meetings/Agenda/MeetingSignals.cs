namespace Council.Meetings.Agenda;

/// <summary>The workflow signals the meetings module sends.</summary>
public static class MeetingSignals
{
    /// <summary>
    /// Sent once per item when its meeting is concluded, correlated by the item's <c>SourceId</c> (the application's
    /// content item id), with the input <c>MeetingId</c>, <c>MeetingDate</c> (25.11.2026), <c>Position</c> and
    /// <c>Outcome</c> (the <see cref="Data.AgendaItemOutcome"/> name): it resumes every instance waiting for that meeting.
    /// </summary>
    public const string MeetingConcluded = "meeting concluded";
}
