namespace Council.Meetings.Data;

/// <summary>What the council decided on an item. A deferred item goes on to the next meeting when the meeting is concluded.</summary>
public enum AgendaItemOutcome
{
    None,
    Granted,
    PartlyGranted,
    Refused,
    Deferred,
    /// <summary>Decided without a grant (e.g. the prize's choice, or an item taken note of).</summary>
    Decided,
}
