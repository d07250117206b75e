using Council.Meetings.Data;

namespace Council.Meetings.Agenda;

/// <summary>
/// Puts items on the council's agendas: the contract Grants and the prize route through. Every change joins the caller's
/// unit of work (nothing is saved until the caller saves) and publishes <see cref="AgendaItemRouted"/>.
/// </summary>
public interface IAgendaRouting
{
    /// <summary>
    /// Marks an item ready: it joins the agenda of the first coming meeting whose item deadline had not passed at
    /// <see cref="AgendaItemRequest.ReadyUtc"/> (the whole deadline day counts), as the last item, or the queue when no
    /// planned meeting can take it. Asking again for an item already routed returns where it is and changes nothing.
    /// </summary>
    Task<AgendaPlacement> EnqueueAsync(AgendaItemRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the parties of an undecided item (the prize's candidates change until the meeting); the conflicts follow.
    /// Throws <see cref="AgendaRoutingException"/> when the item is gone or decided.
    /// </summary>
    Task<AgendaPlacement> UpdatePartiesAsync(string kind, string sourceId, IReadOnlyList<AgendaParty> parties, CancellationToken cancellationToken);

    /// <summary>
    /// Takes an undecided item off its agenda or out of the queue because its owner withdrew it (an applicant withdrew the
    /// application), with the reason kept as a move; the meeting's other items are numbered again. Marking it ready later
    /// routes it afresh. Throws <see cref="AgendaRoutingException"/> when the item has been decided.
    /// </summary>
    Task<AgendaPlacement?> WithdrawAsync(string kind, string sourceId, string reason, string userName, CancellationToken cancellationToken);

    /// <summary>Where the item is, or null when it was never marked ready.</summary>
    Task<AgendaPlacement?> GetPlacementAsync(string kind, string sourceId, CancellationToken cancellationToken);

    /// <summary>
    /// Moves an undecided item to another meeting (or to the queue with null), with the reason given; the move is kept.
    /// Throws <see cref="AgendaRoutingException"/> with a message for the user when the meeting cannot take it.
    /// </summary>
    Task<AgendaPlacement> MoveAsync(long agendaItemId, long? toMeetingId, string reason, string userName, CancellationToken cancellationToken);

    /// <summary>
    /// Records the council's decision on an item of a meeting, in one line for the minutes and the public agenda (the
    /// owning module keeps the full decision). A deferred item goes on to the next meeting when the meeting is concluded.
    /// </summary>
    Task<AgendaPlacement> RecordOutcomeAsync(string kind, string sourceId, AgendaItemOutcome outcome, string outcomeText, CancellationToken cancellationToken);
}
