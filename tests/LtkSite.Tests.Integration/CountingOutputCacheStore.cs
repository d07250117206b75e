using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;

namespace LtkSite.Tests.Integration;

/// <summary>The site's output cache store, with the keys of the entries it was asked to store.</summary>
public sealed class CountingOutputCacheStore(IOutputCacheStore inner) : IOutputCacheStore
{
    private readonly ConcurrentDictionary<string, int> _stored = new(StringComparer.Ordinal);

    /// <summary>Every key stored since the last <see cref="Reset"/>.</summary>
    public IReadOnlyCollection<string> StoredKeys => [.. _stored.Keys];

    public void Reset() => _stored.Clear();

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => inner.EvictByTagAsync(tag, cancellationToken);

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        _stored.AddOrUpdate(key, 1, (_, n) => n + 1);
        return inner.SetAsync(key, value, tags, validFor, cancellationToken);
    }
}
