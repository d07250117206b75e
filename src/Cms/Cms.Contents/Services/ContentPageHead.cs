using Cms.Contents.Models;

namespace Cms.Contents.Services;

/// <summary>An item's heading, page title and description, read from its parts once (they are stored as JSON).</summary>
public sealed record ContentPageHead(string Title, string? PageTitle, string? Description)
{
    public static ContentPageHead Of(ContentItem item)
    {
        var seo = item.As<SeoMetaPart>();
        return new ContentPageHead(
            item.As<TitlePart>().Title is { Length: > 0 } title ? title : item.DisplayText,
            seo.PageTitle is { Length: > 0 } pageTitle ? pageTitle : null,
            seo.MetaDescription is { Length: > 0 } description ? description : null);
    }
}
