using Microsoft.AspNetCore.Http;

namespace Council.Grants.Controllers;

/// <summary>The headers of a page reached by a private link (an answer, a report): never stored by browsers or proxies, never indexed.</summary>
public static class PrivateLinkPages
{
    /// <summary>
    /// <paramref name="withoutForm"/>: the page has no form, whose anti-forgery token would make it no-store already;
    /// <paramref name="gone"/>: the link no longer works (410).
    /// </summary>
    public static void Mark(HttpResponse response, bool withoutForm, bool gone)
    {
        if (withoutForm)
        {
            response.Headers.CacheControl = "no-store";
        }

        response.Headers["X-Robots-Tag"] = "noindex";
        if (gone)
        {
            response.StatusCode = StatusCodes.Status410Gone;
        }
    }
}
