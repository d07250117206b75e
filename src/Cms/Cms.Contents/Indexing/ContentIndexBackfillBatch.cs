namespace Cms.Contents.Indexing;

/// <summary>The payload of a backfill row: the provider, and the last id the batch before took (null for the first).</summary>
public sealed record ContentIndexBackfillBatch(string Provider, string? After);
