using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Cms.Contents.Services;
using Cms.Core.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Cms.Contents.Controllers;

/// <summary>What the public site offers besides its pages: the sitemap, robots.txt and the error pages.</summary>
[AllowAnonymous]
public sealed class SiteController(ContentRoutes routes, SiteSettingsService siteSettings) : Controller
{
    private static readonly XNamespace s_sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace s_xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>
    /// Every published page in every language with its absolute address, last change and its translations
    /// (hreflang, x-default pointing to the default language's page).
    /// </summary>
    [AcceptVerbs("GET", "HEAD", Route = "/sitemap.xml")]
    [OutputCache(PolicyName = PublicPagePolicy.Name)]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        var settings = await siteSettings.GetAsync(cancellationToken);
        var all = await routes.AllAsync(cancellationToken);
        var sets = all.Where(r => r.LocalizationSet is not null).ToLookup(r => r.LocalizationSet!, StringComparer.Ordinal);
        var root = BaseUrl();

        var urlset = new XElement(s_sitemap + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", s_xhtml));
        foreach (var route in all)
        {
            var url = new XElement(
                s_sitemap + "url",
                new XElement(s_sitemap + "loc", root + route.Url),
                new XElement(s_sitemap + "lastmod", route.LastModifiedUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
            var variants = route.LocalizationSet is { } set ? sets[set].ToList() : [];
            if (variants.Count > 1)
            {
                foreach (var variant in variants)
                {
                    url.Add(Alternate(variant.Language, root + variant.Url));
                }

                if (variants.FirstOrDefault(v => string.Equals(v.Culture, settings.DefaultCulture, StringComparison.OrdinalIgnoreCase)) is { } fallback)
                {
                    url.Add(Alternate("x-default", root + fallback.Url));
                }
            }

            urlset.Add(url);
        }

        HttpContext.TagOutputCache(OutputCacheTags.Routes);
        var xml = new XDocument(new XDeclaration("1.0", "utf-8", null), urlset);
        return Content(xml.Declaration + "\n" + xml.Root, "application/xml; charset=utf-8", Encoding.UTF8);
    }

    /// <summary>Robots may read the public site, not the admin or previews; the sitemap lists the pages.</summary>
    [AcceptVerbs("GET", "HEAD", Route = "/robots.txt")]
    [OutputCache(PolicyName = PublicPagePolicy.Name)]
    public IActionResult Robots() => Content(
        $"User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /preview\n\nSitemap: {BaseUrl()}/sitemap.xml\n",
        "text/plain; charset=utf-8",
        Encoding.UTF8);

    /// <summary>The site's error page, for unhandled errors and re-executed status codes, in the language of the address that failed.</summary>
    [Route("/error/{statusCode:int?}")]
    [IgnoreAntiforgeryToken]
    [ApiExplorerSettings(IgnoreApi = true)]
    public async Task<IActionResult> Error(int? statusCode, CancellationToken cancellationToken)
    {
        var code = statusCode is >= 400 and < 600 ? statusCode.Value : StatusCodes.Status500InternalServerError;
        Response.StatusCode = code;
        var homeUrl = await routes.HomeUrlAsync(CurrentCulture(await siteSettings.GetAsync(cancellationToken)), cancellationToken);
        return View("~/Views/Content/Error.cshtml", new ErrorPageViewModel(code, homeUrl));
    }

    private static string CurrentCulture(SiteSettings settings) =>
        settings.SupportedCultures.FirstOrDefault(c => ContentRoutes.LanguageOf(c) == CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)
        ?? settings.DefaultCulture;

    private static XElement Alternate(string hreflang, string href) =>
        new(s_xhtml + "link", new XAttribute("rel", "alternate"), new XAttribute("hreflang", hreflang), new XAttribute("href", href));

    private string BaseUrl() => $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
}

/// <summary>What the error page shows: the status and the way back to the home page in the page's language.</summary>
public sealed record ErrorPageViewModel(int StatusCode, string HomeUrl)
{
    public bool IsNotFound => StatusCode == StatusCodes.Status404NotFound;

    public bool IsServerError => StatusCode >= StatusCodes.Status500InternalServerError;

    public bool IsTooManyRequests => StatusCode == StatusCodes.Status429TooManyRequests;
}
