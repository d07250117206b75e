using Cms.Contents.Models;
using Cms.Contents.Services;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace Cms.Contents.ViewComponents;

/// <summary>
/// The head's Open Graph tags (og:title, og:description, og:type, og:url, og:locale, og:image with its alternative
/// text) for the current item, so a shared link shows the item's title, text and image. Nothing on pages without an item.
/// The layout calls it as <c>Component.InvokeAsync("SocialMeta")</c>.
/// </summary>
public sealed class SocialMetaViewComponent(ICurrentContentItem current) : ViewComponent
{
    public IViewComponentResult Invoke()
    {
        if (current.Item is not { } item)
        {
            return Content("");
        }

        var request = HttpContext.Request;
        var origin = $"{request.Scheme}://{request.Host}";
        var html = new HtmlContentBuilder();
        void Meta(string property, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                // Append encodes the value when written, attribute quotes included.
                html.AppendHtml($"<meta property=\"{property}\" content=\"").Append(value).AppendHtml("\">\n");
            }
        }

        Meta("og:type", "website");
        var seo = item.As<SeoMetaPart>();
        Meta("og:title", Seo(seo.PageTitle) ?? item.DisplayText);
        Meta("og:description", Seo(seo.MetaDescription));
        Meta("og:url", origin + request.PathBase + request.Path);
        Meta("og:locale", item.Culture?.Replace('-', '_'));
        if (Seo(seo.SocialImage) is { } image)
        {
            // A site address ("/media/…") becomes absolute: social media fetch the image from outside the site.
            Meta("og:image", image.StartsWith('/') ? origin + request.PathBase + image : image);
            Meta("og:image:alt", Seo(seo.SocialImageAlt));
        }

        return new HtmlContentViewComponentResult(html);
    }

    private static string? Seo(string? value) => value is { Length: > 0 } ? value : null;
}
