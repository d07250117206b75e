using System.Collections.Concurrent;
using Council.Meetings.Agenda;

namespace LtkSite.Testing;

/// <summary>
/// Describes the test's agenda items as a module would: an organisation's name for the public, nothing for a private person.
/// </summary>
public sealed class TestAgendaSource : IAgendaItemSource
{
    public const string ItemKind = "council-test";

    /// <summary>The items' titles and organisations by source id ("" for a private person).</summary>
    public static ConcurrentDictionary<string, (string Title, string Organisation)> Items { get; } = new(StringComparer.Ordinal);

    public string Kind => ItemKind;

    public Task<AgendaItemDetails?> DescribeAsync(string sourceId, AgendaAudience audience, CancellationToken cancellationToken) =>
        Task.FromResult(Items.TryGetValue(sourceId, out var item)
            ? new AgendaItemDetails(item.Title, item.Organisation, null, [], [], [], [], null, null, null)
            : null);
}
