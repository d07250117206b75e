using System.Globalization;
using Cms.Contents.Services;
using Cms.Core.Settings;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Contents.ViewComponents;

/// <summary>
/// A link to the page in another language: <see cref="Language"/> is two-letter (lang, hreflang),
/// <see cref="Label"/> the language's name in that language, e.g. "English", "Dansk".
/// </summary>
public sealed record LanguageLink(string Language, string Label, string Url);

/// <summary>
/// The header's language switch: for each other language of the site, the current item's translation when
/// it is published, else that language's home page. The layout calls it as <c>Component.InvokeAsync("LanguageSwitch")</c>.
/// </summary>
public sealed class LanguageSwitchViewComponent(ICurrentContentItem current, ContentRoutes routes, SiteSettingsService siteSettings) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var settings = await siteSettings.GetAsync(HttpContext.RequestAborted);
        var here = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var variants = current.Item is { } item ? await routes.VariantsAsync(item, HttpContext.RequestAborted) : [];
        if (current.Item?.LocalizationSet is { Length: > 0 } set)
        {
            HttpContext.TagOutputCache(OutputCacheTags.LocalizationSet(set));
        }

        var links = new List<LanguageLink>();
        foreach (var culture in settings.SupportedCultures.Where(c => ContentRoutes.LanguageOf(c) != here))
        {
            var language = ContentRoutes.LanguageOf(culture);
            var url = variants.FirstOrDefault(v => v.Language == language)?.Url ?? ContentRoutes.UrlFor(culture, "", settings);
            links.Add(new LanguageLink(language, LabelOf(language), url));
        }

        return View(links);
    }

    /// <summary>The language's own name with a capital, as a reader of that language looks for it.</summary>
    private static string LabelOf(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var name = culture.NativeName;
        return name.Length == 0 ? language : culture.TextInfo.ToUpper(name[0]) + name[1..];
    }
}

/// <summary>
/// The head's <c>&lt;link rel="alternate" hreflang&gt;</c> to the current item's published translations, with
/// <c>x-default</c> pointing to the default language's page. Nothing on pages without translations.
/// </summary>
public sealed class AlternateLinksViewComponent(ICurrentContentItem current, ContentRoutes routes, SiteSettingsService siteSettings) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (current.Item is not { } item)
        {
            return Content("");
        }

        var settings = await siteSettings.GetAsync(HttpContext.RequestAborted);
        var variants = await routes.VariantsAsync(item, HttpContext.RequestAborted);
        if (variants.Count < 2)
        {
            return Content("");
        }

        var root = $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        var links = variants.Select(v => new LanguageLink(v.Language, v.Language, root + v.Url)).ToList();
        if (variants.FirstOrDefault(v => string.Equals(v.Culture, settings.DefaultCulture, StringComparison.OrdinalIgnoreCase)) is { } fallback)
        {
            links.Add(new LanguageLink("x-default", "x-default", root + fallback.Url));
        }

        return View(links);
    }
}
