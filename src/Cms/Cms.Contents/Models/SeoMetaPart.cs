namespace Cms.Contents.Models;

/// <summary>SeoMetaPart: what search engines and social media show.</summary>
public sealed class SeoMetaPart : ContentPart
{
    public string? PageTitle { get; set; }

    public string? MetaDescription { get; set; }

    /// <summary>An address: <c>/media/…</c> for a file of the library, or an absolute URL.</summary>
    public string? SocialImage { get; set; }

    public string? SocialImageAlt { get; set; }
}
