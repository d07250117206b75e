using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Cms.Contents.Services;

/// <summary>How an item is shown: in full on its own page, or as a summary in a list.</summary>
public enum ContentDisplayType
{
    Detail,
    Summary,
}

/// <summary>
/// Renders the body of an item's public page (everything inside the site's layout). The templates module
/// replaces the default with Liquid templates; without it the page shows the title and the parts' and fields' values.
/// </summary>
public interface IContentItemRenderer
{
    Task<IHtmlContent> RenderAsync(ContentDisplayViewModel model, ContentDisplayType displayType, CancellationToken cancellationToken);
}

/// <summary>The plain rendering: the title as the heading, then each shown part and field.</summary>
public sealed class DefaultContentItemRenderer : IContentItemRenderer
{
    public Task<IHtmlContent> RenderAsync(ContentDisplayViewModel model, ContentDisplayType displayType, CancellationToken cancellationToken)
    {
        var html = new HtmlContentBuilder();
        html.AppendHtml($"<article class=\"content-item content-{HtmlEncoder.Default.Encode(model.Item.ContentType.ToLowerInvariant())}\">");
        html.AppendHtml(displayType == ContentDisplayType.Summary ? "<h2>" : "<h1>").Append(model.Title).AppendHtml(displayType == ContentDisplayType.Summary ? "</h2>" : "</h1>");
        if (displayType == ContentDisplayType.Detail)
        {
            foreach (var row in model.Shown)
            {
                if (!row.IsField)
                {
                    html.AppendHtml("<div class=\"content-body\">").AppendHtml(row.Value.Html).AppendHtml("</div>");
                }
                else if (row.Value.Text.Length > 0)
                {
                    html.AppendHtml("<div class=\"content-field\"><h2 class=\"content-field-label\">").Append(row.Label)
                        .AppendHtml("</h2><div class=\"content-field-value\">").AppendHtml(row.Value.Html).AppendHtml("</div></div>");
                }
            }
        }

        html.AppendHtml("</article>");
        return Task.FromResult<IHtmlContent>(html);
    }
}
