using System.Globalization;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Core.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cms.Contents.Controllers;

/// <summary>
/// Public pages of published items by their address: <c>/{path}</c> in the default language,
/// <c>/{two-letter}/{path}</c> in the others. Old addresses redirect permanently to the current one.
/// The route comes last, after every module's own routes.
/// </summary>
public sealed class ContentDisplayController(LtkDbContext db, ContentManager contents, ContentDisplayService display, SiteSettingsService siteSettings) : Controller
{
    [HttpGet("{**path}", Order = int.MaxValue)]
    public async Task<IActionResult> Show(string? path, CancellationToken cancellationToken)
    {
        var settings = await siteSettings.GetAsync(cancellationToken);
        var (culture, rest) = Resolve(path ?? "", settings);
        if (rest.Length == 0 || rest.Length > 1000)
        {
            return NotFound();
        }

        var entries = db.Set<AutorouteEntry>().AsNoTracking();
        var entry = await entries.FirstOrDefaultAsync(e => e.Culture == culture && e.Path == rest, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        var item = await contents.GetAsync(entry.ContentItemId, VersionOptions.Published, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        if (!entry.IsCurrent)
        {
            var current = await entries.Where(e => e.ContentItemId == entry.ContentItemId && e.Culture == culture && e.IsCurrent)
                .Select(e => e.Path).FirstOrDefaultAsync(cancellationToken);
            return current is null ? NotFound() : RedirectPermanent(UrlFor(culture, current, settings));
        }

        return View("~/Views/Content/Display.cshtml", await display.BuildAsync(item, isPreview: false, cancellationToken));
    }

    /// <summary>The public address of a path in a culture.</summary>
    public static string UrlFor(string culture, string path, SiteSettings settings) =>
        string.Equals(culture, settings.DefaultCulture, StringComparison.OrdinalIgnoreCase)
            ? "/" + path
            : $"/{CultureInfo.GetCultureInfo(culture).TwoLetterISOLanguageName}/{path}";

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
/// Pages under <c>/{two-letter}/…</c> are in that language: the request (page language, formatting, texts)
/// follows the address, as long as the site supports the language.
/// </summary>
public sealed class ContentPathCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var path = httpContext.Request.Path.Value ?? "";
        if (path.Length < 3)
        {
            return Task.FromResult<ProviderCultureResult?>(null);
        }

        var end = path.IndexOf('/', 1);
        var first = end < 0 ? path[1..] : path[1..end];
        return Task.FromResult(first.Length == 2 && first.All(char.IsAsciiLetterLower) ? new ProviderCultureResult(first) : null);
    }
}
