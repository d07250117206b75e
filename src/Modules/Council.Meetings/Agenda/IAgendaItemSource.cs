namespace Council.Meetings.Agenda;

/// <summary>
/// A module that puts items on the agenda describes them (Grants for grant applications, the prize for its choice);
/// registered with <c>services.AddAgendaItemSource&lt;T&gt;()</c>, found by <see cref="Kind"/>.
/// </summary>
public interface IAgendaItemSource
{
    /// <summary>The kind its items carry, e.g. <c>grant-application</c>.</summary>
    string Kind { get; }

    /// <summary>The item as the audience may see it, in the current UI culture; null when the source is gone.</summary>
    Task<AgendaItemDetails?> DescribeAsync(string sourceId, AgendaAudience audience, CancellationToken cancellationToken);
}
