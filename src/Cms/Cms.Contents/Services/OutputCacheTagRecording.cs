using Microsoft.AspNetCore.Http;

namespace Cms.Contents.Services;

/// <summary>
/// The output cache tags added to a request while it is recorded (<see cref="OutputCacheTags.RecordTags"/>), so a
/// body kept by <see cref="RenderedContentCache"/> can add the same tags when it is served again.
/// </summary>
public sealed class OutputCacheTagRecording : IDisposable
{
    private static readonly object s_key = new();
    private readonly HttpContext _httpContext;
    private readonly HashSet<string> _tags = new(StringComparer.Ordinal);

    internal OutputCacheTagRecording(HttpContext httpContext)
    {
        _httpContext = httpContext;
        httpContext.Items[s_key] = this;
    }

    public IReadOnlyList<string> Tags => [.. _tags];

    internal static OutputCacheTagRecording? Of(HttpContext httpContext) => httpContext.Items.TryGetValue(s_key, out var value) ? value as OutputCacheTagRecording : null;

    internal void Add(string tag) => _tags.Add(tag);

    public void Dispose() => _httpContext.Items.Remove(s_key);
}
