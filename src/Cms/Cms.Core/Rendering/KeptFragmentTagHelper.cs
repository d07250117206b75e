using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Core.Rendering;

/// <summary>
/// <c>&lt;kept-fragment name="header"&gt;…&lt;/kept-fragment&gt;</c> in a layout: content that is the same for everyone
/// who sees the page (menus, language links) is rendered once per state of the site through the
/// <see cref="IPageFragmentCache"/>, or every time when none is registered. Never put anything in it that differs
/// for a signed-in user (an edit link) or per request (an anti-forgery token).
/// </summary>
[HtmlTargetElement("kept-fragment")]
public sealed class KeptFragmentTagHelper(HtmlEncoder encoder) : TagHelper
{
    /// <summary>Tells the layout's fragments apart.</summary>
    public string Name { get; set; } = "";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var httpContext = ViewContext.HttpContext;
        if (httpContext.RequestServices.GetService<IPageFragmentCache>() is not { } fragments)
        {
            return;
        }

        // The site's encoder, as the page is written with: the cached text must read the same (æ, ø, å unescaped).
        var html = await fragments.GetOrRenderAsync(httpContext, Name, async () => (await output.GetChildContentAsync()).GetContent(encoder));
        output.Content.SetHtmlContent(html);
    }
}
