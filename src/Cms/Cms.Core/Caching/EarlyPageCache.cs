using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Cms.Core.Caching;

/// <summary>
/// Public pages as the output cache stored them, held again as ready bytes and headers so that a visitor without a
/// cookie is answered at the start of the pipeline, before error handling, localization, routing and the output
/// cache's own lookup (docs/decisions/0057-early-page-cache.md). It holds only what the output cache stored, from a
/// cookieless GET, and drops an entry when the output cache's store evicts one of its tags.
/// </summary>
public sealed class EarlyPageCache(IOptions<EarlyPageCacheOptions> options)
{
    // Headers the server writes for each response itself, or that describe one response only.
    private static readonly HashSet<string> s_notKept = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.Server, HeaderNames.Age, HeaderNames.ContentLength, HeaderNames.TransferEncoding,
        HeaderNames.Connection, HeaderNames.KeepAlive, HeaderNames.SetCookie,
    };

    private readonly ConcurrentDictionary<EarlyPageKey, EarlyPage> _pages = new();
    private readonly Lock _gate = new();
    private long _bytes;
    private long _served;

    public EarlyPageCacheOptions Options { get; } = options.Value;

    /// <summary>How many responses were answered from here (for tests and counters).</summary>
    public long Served => Interlocked.Read(ref _served);

    /// <summary>Whether another page fits under the bound.</summary>
    public bool HasRoom => Volatile.Read(ref _bytes) < Options.MaxBytes;

    /// <summary>
    /// The key of a request this cache may answer: a GET without a cookie, an Authorization header or a conditional
    /// header, and without a language asked for in the query string. Such a request cannot be signed in.
    /// </summary>
    public bool TryGetKey(HttpRequest request, out EarlyPageKey key)
    {
        key = default;
        var headers = request.Headers;
        if (!HttpMethods.IsGet(request.Method)
            || headers.Cookie.Count > 0
            || headers.Authorization.Count > 0
            || headers.IfNoneMatch.Count > 0
            || headers.IfModifiedSince.Count > 0)
        {
            return false;
        }

        var query = "";
        if (request.QueryString.HasValue && !TryQueryPart(request.Query, out query))
        {
            return false;
        }

        key = new EarlyPageKey(request.Scheme, request.Host.Value ?? "", request.PathBase.Value ?? "", request.Path.Value ?? "", query, headers.AcceptLanguage.ToString());
        return true;
    }

    /// <summary>The page held under the key, unless it has expired.</summary>
    public EarlyPage? Find(in EarlyPageKey key)
    {
        if (!_pages.TryGetValue(key, out var page))
        {
            return null;
        }

        if (page.ExpiresAt <= Environment.TickCount64)
        {
            lock (_gate)
            {
                if (_pages.TryRemove(new KeyValuePair<EarlyPageKey, EarlyPage>(key, page)))
                {
                    _bytes -= page.Body.Length;
                }
            }

            return null;
        }

        return page;
    }

    /// <summary>Writes a held page as the response.</summary>
    public async Task ServeAsync(HttpResponse response, EarlyPage page)
    {
        Interlocked.Increment(ref _served);
        var headers = response.Headers;
        foreach (var header in page.Headers)
        {
            headers[header.Key] = header.Value;
        }

        headers.ContentLength = page.Body.Length;
        // A cache says how old its answer is, as the output cache does (the page may be up to its lifetime old).
        headers.Age = ((Environment.TickCount64 - page.StoredAt) / 1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        // No cancellation token: asking the server for the request's one makes it allocate a token source.
        await response.BodyWriter.WriteAsync(page.Body);
    }

    /// <summary>
    /// Holds the page of the request the output cache has just stored, with the same tags and lifetime; called by the
    /// store inside its eviction lock, so an eviction cannot fall between the two.
    /// </summary>
    public void Store(HttpContext context, string[] tags, TimeSpan validFor)
    {
        if (context.Features.Get<EarlyPageCapture>() is not { Stream: { Overflowed: false } stream } capture)
        {
            return;
        }

        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Count > 0
            || (response.ContentLength is { } length && length != stream.Copy.Length))
        {
            return;
        }

        var headers = new List<KeyValuePair<string, StringValues>>();
        foreach (var header in response.Headers)
        {
            if (!s_notKept.Contains(header.Key))
            {
                headers.Add(header);
            }
        }

        var now = Environment.TickCount64;
        var page = new EarlyPage([.. headers], stream.Copy.ToArray(), tags, now + (long)validFor.TotalMilliseconds, now);
        lock (_gate)
        {
            var replaced = _pages.TryGetValue(capture.Key, out var old) ? old.Body.Length : 0;
            if (_bytes - replaced + page.Body.Length > Options.MaxBytes)
            {
                return;
            }

            _pages[capture.Key] = page;
            _bytes += page.Body.Length - replaced;
        }
    }

    /// <summary>Drops every page with the tag (the output cache's store evicts the same tag).</summary>
    public void Evict(string tag)
    {
        lock (_gate)
        {
            foreach (var (key, page) in _pages)
            {
                if (Array.IndexOf(page.Tags, tag) >= 0 && _pages.TryRemove(key, out _))
                {
                    _bytes -= page.Body.Length;
                }
            }
        }
    }

    private bool TryQueryPart(IQueryCollection query, out string part)
    {
        part = "";
        foreach (var name in query.Keys)
        {
            // The query string's language provider: the page would be in the language asked for.
            if (name.Equals("culture", StringComparison.OrdinalIgnoreCase) || name.Equals("ui-culture", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        StringBuilder? builder = null;
        foreach (var name in Options.QueryKeys)
        {
            if (query.TryGetValue(name, out var value))
            {
                (builder ??= new()).Append(name).Append('=').Append(value.ToString()).Append('&');
            }
        }

        part = builder?.ToString() ?? "";
        return true;
    }
}
