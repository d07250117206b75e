using Microsoft.AspNetCore.Http;

namespace Cms.Core.Caching;

/// <summary>
/// Set by <see cref="EarlyPageCacheMiddleware"/> on a cookieless GET it could not serve: the key its page would be
/// held under, and, once the output cache's policy decides the page may be stored, a copy of the body as it is sent.
/// </summary>
public sealed class EarlyPageCapture(EarlyPageKey key)
{
    public EarlyPageKey Key { get; } = key;

    internal CapturingStream? Stream { get; private set; }

    /// <summary>Starts copying the response body (called where the page may be stored).</summary>
    public void Start(HttpResponse response, int maxBytes)
    {
        if (Stream is null)
        {
            Stream = new CapturingStream(response.Body, maxBytes);
            response.Body = Stream;
        }
    }
}
