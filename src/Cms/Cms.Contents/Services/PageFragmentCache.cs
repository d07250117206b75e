using Cms.Core.Rendering;
using Microsoft.AspNetCore.Http;

namespace Cms.Contents.Services;

/// <summary>
/// Keeps the layout's fragments of a published page (menus, language links, breadcrumb, social tags) in
/// <see cref="RenderedContentCache"/>, under the inputs and key of the page's body: rendered once per state of the
/// published site, settings, templates, culture and address, and dropped with the body's generation. Pages that are not
/// a published item's (errors, forms, admin) render them every time.
/// </summary>
public sealed class PageFragmentCache(RenderedContentCache rendered) : IPageFragmentCache
{
    public async Task<string> GetOrRenderAsync(HttpContext httpContext, string name, Func<Task<string>> render)
    {
        if (RenderedPage.Of(httpContext) is not { } page)
        {
            return await render();
        }

        var key = page.Key + "\n#" + name;
        if (rendered.Find<KeptFragment>(page.Inputs, key) is { } kept)
        {
            httpContext.TagOutputCache(kept.Tags);
            return kept.Html;
        }

        var headers = httpContext.Response.Headers;
        var (cookies, cacheControl) = (headers.SetCookie.Count, headers.CacheControl.ToString());
        using var recording = httpContext.RecordTags();
        var html = await render();
        if (headers.SetCookie.Count == cookies && headers.CacheControl.ToString() == cacheControl)
        {
            rendered.Add(page.Inputs, key, new KeptFragment(html, recording.Tags));
        }

        return html;
    }
}
