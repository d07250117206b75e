using System.Collections.Concurrent;
using Cms.Contents.Models;
using Cms.Core.Caching;
using Cms.Contents.Parts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Cms.Contents.Services;

/// <summary>Tags of cached public pages, evicted when what they show changes (docs/decisions/0011-output-cache.md).</summary>
public static class OutputCacheTags
{
    /// <summary>Pages that show the item (its own page, and any page that shows it, e.g. a menu).</summary>
    public static string ContentItem(string contentItemId) => "contentitem:" + contentItemId;

    /// <summary>Pages that list items of the type (a news list, a members page).</summary>
    public static string ContentType(string contentType) => "contenttype:" + contentType;

    /// <summary>Pages that link an item's translations (language switch, hreflang links).</summary>
    public static string LocalizationSet(string localizationSet) => "localizationset:" + localizationSet;

    /// <summary>The home pages (<c>/</c>, <c>/en</c>): evicted when another item becomes a home page.</summary>
    public const string Home = "home";

    /// <summary>Every page rendered from content types and templates: evicted when a type or a template changes.</summary>
    public const string Rendering = "rendering";

    /// <summary>Pages that list every address (the sitemap): evicted when any item is published, unpublished or removed.</summary>
    public const string Routes = "routes";

    /// <summary>
    /// What a change to the item (published, unpublished, removed) evicts: the item's pages, pages listing its type,
    /// its translations' pages, the sitemap, and the home pages when it is one.
    /// </summary>
    public static IEnumerable<string> ForChange(ContentItem item)
    {
        yield return ContentItem(item.ContentItemId);
        yield return ContentType(item.ContentType);
        yield return Routes;
        if (item.LocalizationSet is { Length: > 0 } set)
        {
            yield return LocalizationSet(set);
        }

        if (AutoroutePartHandler.IsHomepage(item))
        {
            yield return Home;
        }
    }

    /// <summary>Adds tags to the current response's cache entry (a no-op when the response is not cached).</summary>
    public static void TagOutputCache(this HttpContext httpContext, params IEnumerable<string> tags)
    {
        var set = httpContext.Features.Get<IOutputCacheFeature>()?.Context.Tags;
        var recording = OutputCacheTagRecording.Of(httpContext);
        if (set is null && recording is null)
        {
            return;
        }

        foreach (var tag in tags)
        {
            set?.Add(tag);
            recording?.Add(tag);
        }
    }

    /// <summary>Records the tags added to the request until the recording is disposed (also when the response is not cached).</summary>
    public static OutputCacheTagRecording RecordTags(this HttpContext httpContext) => new(httpContext);
}

/// <summary>
/// The <c>PublicPage</c> output cache policy: published pages for anonymous visitors. Only GET and HEAD
/// without a signed-in user are looked up or stored; only 200 responses that set no cookie and do not
/// forbid storing (anti-forgery forms do) are stored; entries vary by path, host, culture and only the query
/// keys modules declare (<see cref="PublicQueryKeys"/>): any other query string gets the page cached without it,
/// so a crawler requesting <c>/?x=random</c> forever neither misses the cache nor fills it.
/// </summary>
public sealed class PublicPagePolicy(PublicQueryKeys queryKeys, EarlyPageCache earlyPages) : IOutputCachePolicy
{
    public const string Name = "PublicPage";

    /// <summary>A safety net only: changes evict entries at once.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        // No request coalescing: in .NET 10 a waiter is handed the first request's response even when that request was
        // aborted, so one closed browser tab could give other visitors (and the cache) an empty or cut-off page. A page
        // renders from memory, so letting concurrent first requests render each is cheap (docs/decisions/0011).
        context.AllowLocking = false;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.QueryKeys = queryKeys.Keys;
        context.CacheVaryByRules.VaryByHost = true;
        context.CacheVaryByRules.VaryByValues["culture"] = System.Globalization.CultureInfo.CurrentUICulture.Name;
        http.RequestServices.GetRequiredService<EvictionAwareOutputCacheStore>().MarkRequestStart(http);
        // A cookieless GET the early cache did not hold: render it, so that the page stored here is held there too
        // (one that a request with cookies stored would otherwise be served from here alone until it is evicted).
        if (cacheable && earlyPages.HasRoom && http.Features.Get<EarlyPageCapture>() is { } capture)
        {
            capture.Start(http.Response, earlyPages.Options.MaxPageBytes);
            context.AllowCacheLookup = false;
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        var cacheControl = response.Headers.CacheControl.ToString();
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.ContainsKey(HeaderNames.SetCookie)
            || cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// Wraps the output cache store so that a page rendered from data read before an eviction is not stored
/// after it: a request remembers the eviction count when it starts, and its entry is dropped if one of its
/// tags was evicted since. Without this, a request that read the old item just before a publish committed
/// could store the old page just after the eviction.
/// </summary>
public sealed class EvictionAwareOutputCacheStore(IOutputCacheStore inner, IHttpContextAccessor httpContextAccessor, EarlyPageCache earlyPages) : IOutputCacheStore, IDisposable
{
    private static readonly object s_startKey = new();
    private readonly ConcurrentDictionary<string, long> _evictedAt = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private long _evictions;

    /// <summary>Remembers, for the request, how many evictions had happened when it started.</summary>
    public void MarkRequestStart(HttpContext httpContext) => httpContext.Items[s_startKey] = Interlocked.Read(ref _evictions);

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(CancellationToken.None);
        try
        {
            _evictedAt[tag] = Interlocked.Increment(ref _evictions);
            earlyPages.Evict(tag);
            await inner.EvictByTagAsync(tag, CancellationToken.None);
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        var httpContext = httpContextAccessor.HttpContext;
        var started = httpContext?.Items[s_startKey] as long?;
        await _lock.WaitAsync(cancellationToken);
        try
        {
            // Entries of other policies carry no start mark; they are stored as they come.
            if (started is not null && (tags ?? []).Any(t => _evictedAt.TryGetValue(t, out var at) && at > started))
            {
                return;
            }

            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
            if (httpContext is not null)
            {
                earlyPages.Store(httpContext, tags ?? [], validFor);
            }
        }
        finally
        {
            _lock.Release();
        }
    }
}
