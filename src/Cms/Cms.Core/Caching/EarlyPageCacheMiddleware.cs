using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Cms.Core.Caching;

/// <summary>
/// Answers a cookieless GET from <see cref="EarlyPageCache"/> when it holds the page; otherwise lets the request through
/// with a <see cref="EarlyPageCapture"/>, so that the page the output cache stores is held here too.
/// </summary>
public sealed class EarlyPageCacheMiddleware(RequestDelegate next, EarlyPageCache cache)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!cache.TryGetKey(context.Request, out var key))
        {
            return next(context);
        }

        return cache.Find(key) is { } page ? cache.ServeAsync(context.Response, page) : ThroughAsync(context, key);
    }

    private async Task ThroughAsync(HttpContext context, EarlyPageKey key)
    {
        var capture = new EarlyPageCapture(key);
        context.Features.Set(capture);
        try
        {
            await next(context);
        }
        finally
        {
            if (capture.Stream is { } stream)
            {
                // Whatever was written through the body writer over the copying stream goes out before it is taken away.
                if (context.Features.Get<IHttpResponseBodyFeature>() is StreamResponseBodyFeature feature && ReferenceEquals(feature.Stream, stream))
                {
                    await feature.CompleteAsync();
                }

                context.Response.Body = stream.Inner;
            }
        }
    }
}
