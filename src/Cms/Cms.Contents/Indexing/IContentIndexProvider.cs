using Cms.Contents.Models;

namespace Cms.Contents.Indexing;

/// <summary>
/// A query table a module keeps from content items (<c>services.AddContentIndexProvider&lt;T&gt;()</c>). Each row records
/// the <see cref="Version"/> of the provider that wrote it; when a provider gains a column it raises its version, and at
/// start-up the rows of older versions (and items with no row) are written again from their documents, in batches through
/// the work queue (<see cref="ContentIndexBackfillHandler"/>), so a new column is never left empty for older items.
/// </summary>
public interface IContentIndexProvider
{
    /// <summary>A stable name, part of the backfill's work keys (e.g. the table's name).</summary>
    string Name { get; }

    /// <summary>What the provider writes now; raised whenever a row gains or changes what it holds.</summary>
    int Version { get; }

    /// <summary>
    /// The ids of latest, not deleted items this provider indexes whose row is missing or of an older version, in id order,
    /// after <paramref name="afterContentItemId"/> (from the start when null), at most <paramref name="max"/>.
    /// </summary>
    Task<IReadOnlyList<string>> StaleAsync(string? afterContentItemId, int max, CancellationToken cancellationToken);

    /// <summary>Writes the item's row (at <see cref="Version"/>) into the scope's unit of work; the caller saves.</summary>
    Task IndexAsync(ContentItem item, CancellationToken cancellationToken);
}
