namespace Council.Meetings.Conflicts;

/// <summary>
/// The members who may take no part in an item's decision (forvaltningsloven § 3): those whose register of associations
/// matches the applicant, and those who declared a conflict on it.
/// </summary>
public interface IAgendaConflicts
{
    Task<IReadOnlyList<AgendaConflictView>> ForItemAsync(string kind, string sourceId, CancellationToken cancellationToken);
}
