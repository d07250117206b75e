using Cms.Contents.Fields;
using Cms.Contents.Localization;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Core.Data;
using Cms.Core.Settings;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Parts;

/// <summary>TitlePart: the title, which is also the item's name in lists.</summary>
public sealed class TitlePartDriver(IStringLocalizer<ContentStrings> T) : ContentPartDriver<TitlePart>
{
    public override string EditorView => "~/Areas/Admin/Views/Content/Parts/TitlePart.cshtml";

    public override ValueTask<object?> EditAsync(TitlePart part, PartContext context, CancellationToken cancellationToken)
    {
        context.SetInput("Title", part.Title ?? "");
        return default;
    }

    public override ValueTask UpdateAsync(TitlePart part, PartContext context, CancellationToken cancellationToken)
    {
        var title = context.Input("Title");
        if (title.Length == 0)
        {
            context.AddError("Title", T["Fill in the title."]);
        }
        else if (title.Length > 500)
        {
            context.AddError("Title", T["The title can be at most {0} characters long.", 500]);
        }

        part.Title = title;
        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(TitlePart part, PartContext context, CancellationToken cancellationToken) =>
        new(ContentDisplay.FromText(part.Title ?? ""));
}

/// <summary>AutoroutePart: the item's address; empty means "make one from the title".</summary>
public sealed class AutoroutePartDriver : ContentPartDriver<AutoroutePart>
{
    public override string EditorView => "~/Areas/Admin/Views/Content/Parts/AutoroutePart.cshtml";

    /// <summary>The editor's data is the stored path, which the hint shows.</summary>
    public override ValueTask<object?> EditAsync(AutoroutePart part, PartContext context, CancellationToken cancellationToken)
    {
        context.SetInput("Path", part.Path ?? "");
        return new(part.Path);
    }

    public override ValueTask UpdateAsync(AutoroutePart part, PartContext context, CancellationToken cancellationToken)
    {
        // The part handler normalizes, checks and makes the path unique when the item is saved.
        part.Path = context.Settings<AutoroutePartSettings>().AllowCustomPath ? context.Input("Path").Trim('/') : "";
        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(AutoroutePart part, PartContext context, CancellationToken cancellationToken) =>
        new(part.Path is { Length: > 0 } path ? ContentDisplay.FromText("/" + path) : null);
}

/// <summary>HtmlBodyPart: the page's body as sanitized HTML.</summary>
public sealed class HtmlBodyPartDriver(IStringLocalizer<ContentStrings> T) : ContentPartDriver<HtmlBodyPart>
{
    public override string EditorView => "~/Areas/Admin/Views/Content/Parts/HtmlBodyPart.cshtml";

    public override ValueTask<object?> EditAsync(HtmlBodyPart part, PartContext context, CancellationToken cancellationToken)
    {
        context.SetInput("Html", part.Html ?? "");
        return default;
    }

    public override ValueTask UpdateAsync(HtmlBodyPart part, PartContext context, CancellationToken cancellationToken)
    {
        var html = FieldDriverSupport.Sanitize(context.Form.Get(context.Name("Html"))).Trim();
        if (context.Settings<BodyPartSettings>().Required && FieldDriverSupport.TextOf(html).Length == 0)
        {
            context.AddError("Html", T["Fill in the body text."]);
        }

        part.Html = html;
        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(HtmlBodyPart part, PartContext context, CancellationToken cancellationToken)
    {
        var html = FieldDriverSupport.Sanitize(part.Html ?? "");
        return new(new ContentDisplay(html, new HtmlString(html)));
    }
}

/// <summary>MarkdownBodyPart: the page's body in Markdown, shown as sanitized HTML.</summary>
public sealed class MarkdownBodyPartDriver(IStringLocalizer<ContentStrings> T) : ContentPartDriver<MarkdownBodyPart>
{
    public override string EditorView => "~/Areas/Admin/Views/Content/Parts/MarkdownBodyPart.cshtml";

    public override ValueTask<object?> EditAsync(MarkdownBodyPart part, PartContext context, CancellationToken cancellationToken)
    {
        context.SetInput("Markdown", part.Markdown ?? "");
        return default;
    }

    public override ValueTask UpdateAsync(MarkdownBodyPart part, PartContext context, CancellationToken cancellationToken)
    {
        var markdown = context.Input("Markdown");
        if (context.Settings<BodyPartSettings>().Required && markdown.Length == 0)
        {
            context.AddError("Markdown", T["Fill in the body text."]);
        }

        part.Markdown = markdown;
        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(MarkdownBodyPart part, PartContext context, CancellationToken cancellationToken)
    {
        var markdown = part.Markdown ?? "";
        return new(new ContentDisplay(markdown, new HtmlString(FieldDriverSupport.MarkdownToHtml(markdown))));
    }
}

/// <summary>A language variant of an item.</summary>
public sealed record Translation(string ContentItemId, string? Culture, string DisplayText);

/// <summary>What the localization editor offers: the site's languages and the item's existing translations.</summary>
public sealed record LocalizationEditorData(IReadOnlyList<string> Cultures, IReadOnlyList<Translation> Translations);

/// <summary>LocalizationPart: the item's language, one of the site's languages.</summary>
public sealed class LocalizationPartDriver(IStringLocalizer<ContentStrings> T, SiteSettingsService siteSettings, LtkDbContext db) : ContentPartDriver<LocalizationPart>
{
    public override string EditorView => "~/Areas/Admin/Views/Content/Parts/LocalizationPart.cshtml";

    /// <summary>Offers the site's languages and the item's translations.</summary>
    public override async ValueTask<object?> EditAsync(LocalizationPart part, PartContext context, CancellationToken cancellationToken)
    {
        context.SetInput("Culture", part.Culture ?? "");
        var settings = await siteSettings.GetAsync(cancellationToken);
        var item = context.Item;
        var set = part.LocalizationSet ?? item.LocalizationSet;
        var translations = context.IsNew || set is null
            ? []
            : await db.Set<ContentItem>().AsNoTracking()
                .Where(i => i.LocalizationSet == set && i.Latest && i.DeletedUtc == null && i.ContentItemId != item.ContentItemId)
                .Select(i => new Translation(i.ContentItemId, i.Culture, i.DisplayText)).ToListAsync(cancellationToken);
        return new LocalizationEditorData(settings.SupportedCultures, translations);
    }

    public override async ValueTask UpdateAsync(LocalizationPart part, PartContext context, CancellationToken cancellationToken)
    {
        var settings = await siteSettings.GetAsync(cancellationToken);
        var culture = context.Input("Culture");
        if (culture.Length == 0)
        {
            culture = settings.DefaultCulture;
        }

        if (!settings.SupportedCultures.Contains(culture, StringComparer.OrdinalIgnoreCase))
        {
            context.AddError("Culture", T["Choose one of the site's languages."]);
            return;
        }

        part.Culture = settings.SupportedCultures.First(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));
    }
}

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

/// <summary>An item in a list.</summary>
public sealed record ListChild(string ContentItemId, string DisplayText, string ContentType, bool Published, DateTime ModifiedUtc, int Order);

/// <summary>What the list editor shows: one page of the items in the list and the types that can be added.</summary>
public sealed record ListEditorData(IReadOnlyList<ListChild> Children, int Total, IReadOnlyList<ContentTypeDefinition> ContainedTypes, bool EnableOrdering = false, int Page = 1, int Pages = 1);

/// <summary>ListPart: no inputs of its own; the editor shows the list's items and buttons to add new ones.</summary>
public sealed class ListPartDriver(LtkDbContext db, ContentDefinitionManager definitions, IHttpContextAccessor httpContext, IStringLocalizer<ContentStrings> T) : ContentPartDriver<ListPart>
{
    public const int PageSize = 50;

    /// <summary>The query-string value of the list editor's page: <c>/admin/content/{id}/edit?listPage=2</c>.</summary>
    public const string PageQueryName = "listPage";

    /// <summary>Form name prefix of the position inputs, one per item: <c>ListPart.Order.{contentItemId}</c>.</summary>
    public const string OrderPrefix = "ListPart.Order.";

    public override string EditorView => "~/Areas/Admin/Views/Content/Parts/ListPart.cshtml";

    /// <summary>
    /// Applies the positions typed for the list's items. Ordering is not an edit of the items, so their rows
    /// are updated in place (no new versions); the change commits with the save of the list.
    /// </summary>
    public override async ValueTask UpdateAsync(ListPart part, PartContext context, CancellationToken cancellationToken)
    {
        var form = context.Form;
        if (!context.Settings<ListPartSettings>().EnableOrdering)
        {
            return;
        }

        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in form.NamesStartingWith(OrderPrefix))
        {
            if (int.TryParse(form.Get(name).Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var position))
            {
                positions[name[OrderPrefix.Length..]] = position;
            }
            else
            {
                form.AddError(name, T["The position must be a whole number, e.g. 3."]);
            }
        }

        if (positions.Count == 0 || form.Errors.Count > 0)
        {
            return;
        }

        var ids = positions.Keys.ToList();
        var rows = await db.Set<ContentItem>()
            .Where(i => i.ContainerId == context.Item.ContentItemId && ids.Contains(i.ContentItemId) && (i.Latest || i.Published))
            .ToListAsync(cancellationToken);
        foreach (var row in rows.Where(r => r.ContainedOrder != positions[r.ContentItemId]))
        {
            row.ContainedOrder = positions[row.ContentItemId];
            row.Alter<ContainedPart>(p => p.Order = row.ContainedOrder);
            row.ConcurrencyStamp = Guid.NewGuid();
        }
    }

    /// <summary>Offers one page of the list's items and the types that can be added.</summary>
    public override async ValueTask<object?> EditAsync(ListPart part, PartContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings<ListPartSettings>();
        var definition = await definitions.GetAsync(cancellationToken);
        var types = settings.ContainedContentTypes.Select(definition.FindType).OfType<ContentTypeDefinition>().ToList();
        if (context.IsNew)
        {
            return new ListEditorData([], 0, types, settings.EnableOrdering);
        }

        var query = db.Set<ContentItem>().AsNoTracking().Where(i => i.ContainerId == context.Item.ContentItemId && i.Latest && i.DeletedUtc == null);
        var total = await query.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = int.TryParse(httpContext.HttpContext?.Request.Query[PageQueryName], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var asked)
            ? Math.Clamp(asked, 1, pages)
            : 1;
        var ordered = settings.EnableOrdering
            ? query.OrderBy(i => i.ContainedOrder).ThenBy(i => i.CreatedUtc).ThenBy(i => i.Id)
            : query.OrderByDescending(i => i.CreatedUtc).ThenByDescending(i => i.Id);
        var children = await ordered.Skip((page - 1) * PageSize).Take(PageSize)
            .Select(i => new ListChild(i.ContentItemId, i.DisplayText, i.ContentType, i.Published, i.ModifiedUtc, i.ContainedOrder)).ToListAsync(cancellationToken);
        return new ListEditorData(children, total, types, settings.EnableOrdering, page, pages);
    }
}
