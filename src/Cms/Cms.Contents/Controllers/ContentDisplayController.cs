using System.Globalization;
using Cms.Contents.Metadata;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using Cms.Core.Routing;
using Cms.Core.Settings;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Cms.Contents.Controllers;

/// <summary>
/// Public pages of published items by their address: <c>/{path}</c> in the default language,
/// <c>/{two-letter}/{path}</c> in the others, and each culture's home page at <c>/</c> and <c>/en</c>.
/// Every page has one address: old paths and the home item's own path redirect permanently to it.
/// The route comes last, after every module's own routes. Pages are output-cached (<see cref="PublicPagePolicy"/>).
/// </summary>
public sealed class ContentDisplayController(
    PublishedContentStore published,
    ContentDisplayService display,
    SiteSettingsService siteSettings,
    CurrentContentItem currentItem,
    PublicQueryKeys queryKeys) : Controller
{
    [AcceptVerbs("GET", "HEAD", Route = "{**path}", Order = int.MaxValue)]
    [OutputCache(PolicyName = PublicPagePolicy.Name)]
    public async Task<IActionResult> Show(string? path, CancellationToken cancellationToken)
    {
        var settings = await siteSettings.GetAsync(cancellationToken);
        var (culture, rest) = Resolve(path ?? "", settings);
        if (rest.Length > 1000)
        {
            return NotFound();
        }

        var snapshot = await published.GetAsync(cancellationToken);
        if (snapshot.Match(culture, rest) is not { } entry || snapshot.Find(entry.ContentItemId) is not { } found)
        {
            return NotFound();
        }

        if (rest.Length > 0)
        {
            // The item's address: the home page when it is one, else its current path.
            if (snapshot.AddressOf(entry.ContentItemId, culture) is not { } canonical)
            {
                return NotFound();
            }

            if (canonical != rest)
            {
                return RedirectPermanent(ContentRoutes.UrlFor(culture, canonical, settings));
            }
        }

        var item = found.ToContentItem();
        currentItem.Set(item);
        var model = await display.BuildPublishedAsync(item, snapshot, settings, Variant(), HttpContext, cancellationToken);
        HttpContext.TagOutputCache(TagsOf(model, isHome: rest.Length == 0));
        return View("~/Views/Content/Display.cshtml", model);
    }

    /// <summary>The public address of a path in a culture.</summary>
    public static string UrlFor(string culture, string path, SiteSettings settings) => ContentRoutes.UrlFor(culture, path, settings);

    private static IEnumerable<string> TagsOf(ContentDisplayViewModel model, bool isHome)
    {
        var item = model.Item;
        yield return OutputCacheTags.Rendering;
        yield return OutputCacheTags.ContentItem(item.ContentItemId);
        if (item.LocalizationSet is { Length: > 0 } set)
        {
            yield return OutputCacheTags.LocalizationSet(set);
        }

        if (isHome)
        {
            yield return OutputCacheTags.Home;
        }

        // A list item's page lists its children: publishing one of them changes the page.
        var listed = model.Type?.FindPart(PartNames.List)?.Settings.GetSettings<ListPartSettings>().ContainedContentTypes ?? [];
        foreach (var type in listed)
        {
            yield return OutputCacheTags.ContentType(type);
        }
    }

    /// <summary>
    /// What else the body and the layout's kept fragments may depend on: the address (list pages link their own pages,
    /// menus mark the current one, social links are absolute) and the query values pages read.
    /// </summary>
    private string Variant()
    {
        var variant = new System.Text.StringBuilder(Request.Scheme).Append("://").Append(Request.Host.Value).Append(Request.PathBase).Append(Request.Path);
        foreach (var key in queryKeys.Keys)
        {
            variant.Append('\n').Append(key).Append('=').Append(Request.Query[key!].ToString());
        }

        return variant.ToString();
    }

    private static (string Culture, string Path) Resolve(string path, SiteSettings settings)
    {
        var clean = path.Trim('/').ToLowerInvariant();
        var slash = clean.IndexOf('/', StringComparison.Ordinal);
        var first = slash < 0 ? clean : clean[..slash];
        if (first.Length == 2)
        {
            var other = settings.SupportedCultures.FirstOrDefault(c =>
                !string.Equals(c, settings.DefaultCulture, StringComparison.OrdinalIgnoreCase)
                && CultureInfo.GetCultureInfo(c).TwoLetterISOLanguageName == first);
            if (other is not null)
            {
                return (other, slash < 0 ? "" : clean[(slash + 1)..]);
            }
        }

        return (settings.DefaultCulture, clean);
    }
}

/// <summary>
/// Public pages speak the language of their address: <c>/{two-letter}/…</c> is that language and every other
/// public address is the site's default language, whatever the visitor's browser prefers (a Danish page must not
/// get an English header because of Accept-Language). The staff's own pages (admin, sign-in, preview) are left to
/// the next providers: the visitor's cookie or browser.
/// </summary>
public sealed class ContentPathCultureProvider : RequestCultureProvider
{
    /// <summary>The site's reserved and staff-only addresses, as the modules registered them.</summary>
    public SitePathOptions Paths { get; init; } = new();

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        // An error page shown for another address (re-executed 404, unhandled exception) speaks that address's language.
        var path = httpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? httpContext.Request.Path.Value
            ?? "";
        if (Paths.IsStaffOnly(new PathString(path)))
        {
            return Task.FromResult<ProviderCultureResult?>(null);
        }

        var end = path.IndexOf('/', 1);
        var first = path.Length < 3 ? "" : end < 0 ? path[1..] : path[1..end];
        return Task.FromResult<ProviderCultureResult?>(first.Length == 2 && first.All(char.IsAsciiLetterLower)
            ? new ProviderCultureResult(first)
            : Options is { } options ? new ProviderCultureResult(options.DefaultRequestCulture.Culture.Name) : null);
    }
}
