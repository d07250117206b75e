using Cms.Contents.Fields;
using Cms.Contents.Localization;
using Cms.Contents.Models;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Parts;

/// <summary>
/// SeoMetaPart: what search engines and social media show. The social image is an address ("/media/…" for a
/// library file, or an external https:// address) chosen with the <see cref="IImagePicker"/> when one is
/// registered, with its alternative text.
/// </summary>
public sealed class SeoMetaPartDriver(IStringLocalizer<ContentStrings> T, IImagePicker? picker = null) : ContentPartDriver<SeoMetaPart>
{
    public const int MaxDescription = 160;

    public const int MaxImageAlt = 300;

    public override string EditorView => "~/Areas/Admin/Views/Content/Parts/SeoMetaPart.cshtml";

    /// <summary>Offers the image picker's choices when there is a picker.</summary>
    public override async ValueTask<object?> EditAsync(SeoMetaPart part, PartContext context, CancellationToken cancellationToken)
    {
        context.SetInput(nameof(SeoMetaPart.PageTitle), part.PageTitle ?? "");
        context.SetInput(nameof(SeoMetaPart.MetaDescription), part.MetaDescription ?? "");
        context.SetInput(nameof(SeoMetaPart.SocialImage), part.SocialImage ?? "");
        context.SetInput(nameof(SeoMetaPart.SocialImageAlt), part.SocialImageAlt ?? "");
        return picker is null ? null : new SeoMetaEditorData(picker, await picker.EditorDataAsync(context.Name(nameof(SeoMetaPart.SocialImage)), context.Form, cancellationToken));
    }

    public override async ValueTask UpdateAsync(SeoMetaPart part, PartContext context, CancellationToken cancellationToken)
    {
        var pageTitle = context.Input("PageTitle");
        var description = context.Input("MetaDescription");
        var image = context.Input("SocialImage");
        var alt = context.Input("SocialImageAlt");
        if (description.Length > MaxDescription)
        {
            context.AddError("MetaDescription", T["The description can be at most {0} characters long; it is {1}.", MaxDescription, description.Length]);
        }

        if (image.Length > 0 && !FieldDriverSupport.IsAllowedUrl(image))
        {
            context.AddError("SocialImage", T["The image address must start with https://, http:// or / (a file on this site)."]);
        }
        else if (image.Length > 0 && picker is not null && picker.IsLibraryAddress(image) && !await picker.IsImageAsync(image, cancellationToken))
        {
            context.AddError("SocialImage", T["Choose an image from the media library for social media."]);
        }

        if (image.Length > 0 && alt.Length == 0)
        {
            context.AddError("SocialImageAlt", T["Describe the image for social media for people who cannot see it (alternative text)."]);
        }
        else if (alt.Length > MaxImageAlt)
        {
            context.AddError("SocialImageAlt", T["The alternative text can be at most {0} characters long; it is {1}.", MaxImageAlt, alt.Length]);
        }

        part.PageTitle = pageTitle;
        part.MetaDescription = description;
        part.SocialImage = image;
        part.SocialImageAlt = image.Length == 0 ? "" : alt;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(SeoMetaPart part, PartContext context, CancellationToken cancellationToken)
    {
        var text = string.Join(" | ", new[] { part.PageTitle, part.MetaDescription, part.SocialImage, part.SocialImageAlt }.Where(v => !string.IsNullOrEmpty(v)));
        return new(text.Length == 0 ? null : new ContentDisplay(text, HtmlString.Empty));
    }
}
