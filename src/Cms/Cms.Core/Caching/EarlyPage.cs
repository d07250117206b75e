using Microsoft.Extensions.Primitives;

namespace Cms.Core.Caching;

/// <summary>A stored page as it is sent again: its headers, taken once when it was stored, and its body.</summary>
public sealed class EarlyPage(KeyValuePair<string, StringValues>[] headers, byte[] body, string[] tags, long expiresAtTicks, long storedAtTicks)
{
    public KeyValuePair<string, StringValues>[] Headers { get; } = headers;

    public byte[] Body { get; } = body;

    public string[] Tags { get; } = tags;

    /// <summary>When it stops being served, in <see cref="Environment.TickCount64"/> milliseconds.</summary>
    public long ExpiresAt { get; } = expiresAtTicks;

    /// <summary>When it was stored, in <see cref="Environment.TickCount64"/> milliseconds: a hit says its age (RFC 9111 § 5.1).</summary>
    public long StoredAt { get; } = storedAtTicks;
}
