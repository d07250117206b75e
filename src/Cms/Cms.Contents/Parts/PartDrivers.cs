using Cms.Contents.Fields;
using Cms.Contents.Localization;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Core.Settings;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Parts;

/// <summary>TitlePart: the title, which is also the item's name in lists.</summary>
public sealed class TitlePartDriver(IStringLocalizer<ContentStrings> T) : IContentPartDriver
{
    public string PartName => PartNames.Title;

    public string EditorView => "~/Areas/Admin/Views/Content/Parts/TitlePart.cshtml";

    public void WriteInputs(ContentItem item, PartContext part, ContentEditorForm form) =>
        form.Set(part.Name("Title"), item.As<TitlePart>(part.Prefix).Title ?? "");

    public Task UpdateAsync(ContentItem item, PartContext part, ContentEditorForm form, CancellationToken cancellationToken)
    {
        var title = form.Get(part.Name("Title")).Trim();
        if (title.Length == 0)
        {
            form.AddError(part.Name("Title"), T["Fill in the title."]);
        }
        else if (title.Length > 500)
        {
            form.AddError(part.Name("Title"), T["The title can be at most {0} characters long.", 500]);
        }

        item.Alter<TitlePart>(part.Prefix, p => p.Title = title);
        return Task.CompletedTask;
    }

    public ContentDisplay? Display(ContentItem item, PartContext part) => ContentDisplay.FromText(item.As<TitlePart>(part.Prefix).Title ?? "");
}

/// <summary>AutoroutePart: the item's address; empty means "make one from the title".</summary>
public sealed class AutoroutePartDriver : IContentPartDriver
{
    public string PartName => PartNames.Autoroute;

    public string EditorView => "~/Areas/Admin/Views/Content/Parts/AutoroutePart.cshtml";

    public void WriteInputs(ContentItem item, PartContext part, ContentEditorForm form) =>
        form.Set(part.Name("Path"), item.As<AutoroutePart>(part.Prefix).Path ?? "");

    public Task UpdateAsync(ContentItem item, PartContext part, ContentEditorForm form, CancellationToken cancellationToken)
    {
        // The part handler normalizes, checks and makes the path unique when the item is saved.
        var typed = part.Settings<AutoroutePartSettings>().AllowCustomPath ? form.Get(part.Name("Path")).Trim().Trim('/') : "";
        item.Alter<AutoroutePart>(part.Prefix, p => p.Path = typed);
        return Task.CompletedTask;
    }

    public Task<object?> EditorDataAsync(ContentItem item, PartContext part, bool isNew, CancellationToken cancellationToken) =>
        Task.FromResult<object?>(item.As<AutoroutePart>(part.Prefix).Path);

    public ContentDisplay? Display(ContentItem item, PartContext part) =>
        item.As<AutoroutePart>(part.Prefix).Path is { Length: > 0 } path ? ContentDisplay.FromText("/" + path) : null;
}

/// <summary>HtmlBodyPart: the page's body as sanitized HTML.</summary>
public sealed class HtmlBodyPartDriver(IStringLocalizer<ContentStrings> T) : IContentPartDriver
{
    public string PartName => PartNames.HtmlBody;

    public string EditorView => "~/Areas/Admin/Views/Content/Parts/HtmlBodyPart.cshtml";

    public void WriteInputs(ContentItem item, PartContext part, ContentEditorForm form) =>
        form.Set(part.Name("Html"), item.As<HtmlBodyPart>(part.Prefix).Html ?? "");

    public Task UpdateAsync(ContentItem item, PartContext part, ContentEditorForm form, CancellationToken cancellationToken)
    {
        var html = FieldDriverSupport.Sanitize(form.Get(part.Name("Html"))).Trim();
        if (part.Settings<BodyPartSettings>().Required && FieldDriverSupport.TextOf(html).Length == 0)
        {
            form.AddError(part.Name("Html"), T["Fill in the body text."]);
        }

        item.Alter<HtmlBodyPart>(part.Prefix, p => p.Html = html);
        return Task.CompletedTask;
    }

    public ContentDisplay? Display(ContentItem item, PartContext part)
    {
        var html = FieldDriverSupport.Sanitize(item.As<HtmlBodyPart>(part.Prefix).Html ?? "");
        return new ContentDisplay(html, new HtmlString(html));
    }
}

/// <summary>MarkdownBodyPart: the page's body in Markdown, shown as sanitized HTML.</summary>
public sealed class MarkdownBodyPartDriver(IStringLocalizer<ContentStrings> T) : IContentPartDriver
{
    public string PartName => PartNames.MarkdownBody;

    public string EditorView => "~/Areas/Admin/Views/Content/Parts/MarkdownBodyPart.cshtml";

    public void WriteInputs(ContentItem item, PartContext part, ContentEditorForm form) =>
        form.Set(part.Name("Markdown"), item.As<MarkdownBodyPart>(part.Prefix).Markdown ?? "");

    public Task UpdateAsync(ContentItem item, PartContext part, ContentEditorForm form, CancellationToken cancellationToken)
    {
        var markdown = form.Get(part.Name("Markdown")).Trim();
        if (part.Settings<BodyPartSettings>().Required && markdown.Length == 0)
        {
            form.AddError(part.Name("Markdown"), T["Fill in the body text."]);
        }

        item.Alter<MarkdownBodyPart>(part.Prefix, p => p.Markdown = markdown);
        return Task.CompletedTask;
    }

    public ContentDisplay? Display(ContentItem item, PartContext part)
    {
        var markdown = item.As<MarkdownBodyPart>(part.Prefix).Markdown ?? "";
        return new ContentDisplay(markdown, new HtmlString(FieldDriverSupport.MarkdownToHtml(markdown)));
    }
}

/// <summary>A language variant of an item.</summary>
public sealed record Translation(string ContentItemId, string? Culture, string DisplayText);

/// <summary>What the localization editor offers: the site's languages and the item's existing translations.</summary>
public sealed record LocalizationEditorData(IReadOnlyList<string> Cultures, IReadOnlyList<Translation> Translations);

/// <summary>LocalizationPart: the item's language, one of the site's languages.</summary>
public sealed class LocalizationPartDriver(IStringLocalizer<ContentStrings> T, SiteSettingsService siteSettings, LtkDbContext db) : IContentPartDriver
{
    public string PartName => PartNames.Localization;

    public string EditorView => "~/Areas/Admin/Views/Content/Parts/LocalizationPart.cshtml";

    public void WriteInputs(ContentItem item, PartContext part, ContentEditorForm form) =>
        form.Set(part.Name("Culture"), item.As<LocalizationPart>(part.Prefix).Culture ?? "");

    public async Task UpdateAsync(ContentItem item, PartContext part, ContentEditorForm form, CancellationToken cancellationToken)
    {
        var settings = await siteSettings.GetAsync(cancellationToken);
        var culture = form.Get(part.Name("Culture")).Trim();
        if (culture.Length == 0)
        {
            culture = settings.DefaultCulture;
        }

        if (!settings.SupportedCultures.Contains(culture, StringComparer.OrdinalIgnoreCase))
        {
            form.AddError(part.Name("Culture"), T["Choose one of the site's languages."]);
            return;
        }

        var supported = settings.SupportedCultures.First(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));
        item.Alter<LocalizationPart>(part.Prefix, p => p.Culture = supported);
    }

    public async Task<object?> EditorDataAsync(ContentItem item, PartContext part, bool isNew, CancellationToken cancellationToken)
    {
        var settings = await siteSettings.GetAsync(cancellationToken);
        var set = item.As<LocalizationPart>(part.Prefix).LocalizationSet ?? item.LocalizationSet;
        var translations = isNew || set is null
            ? []
            : await db.Set<ContentItem>().AsNoTracking()
                .Where(i => i.LocalizationSet == set && i.Latest && i.DeletedUtc == null && i.ContentItemId != item.ContentItemId)
                .Select(i => new Translation(i.ContentItemId, i.Culture, i.DisplayText)).ToListAsync(cancellationToken);
        return new LocalizationEditorData(settings.SupportedCultures, translations);
    }
}

/// <summary>
/// SeoMetaPart: what search engines and social media show. The social image is an address ("/media/…" for a
/// library file, or an external https:// address) chosen with the <see cref="IImagePicker"/> when one is
/// registered, with its alternative text.
/// </summary>
public sealed class SeoMetaPartDriver(IStringLocalizer<ContentStrings> T, IImagePicker? picker = null) : IContentPartDriver
{
    public const int MaxDescription = 160;

    public const int MaxImageAlt = 300;

    public string PartName => PartNames.Seo;

    public string EditorView => "~/Areas/Admin/Views/Content/Parts/SeoMetaPart.cshtml";

    public void WriteInputs(ContentItem item, PartContext part, ContentEditorForm form)
    {
        var seo = item.As<SeoMetaPart>(part.Prefix);
        form.Set(part.Name(nameof(SeoMetaPart.PageTitle)), seo.PageTitle ?? "");
        form.Set(part.Name(nameof(SeoMetaPart.MetaDescription)), seo.MetaDescription ?? "");
        form.Set(part.Name(nameof(SeoMetaPart.SocialImage)), seo.SocialImage ?? "");
        form.Set(part.Name(nameof(SeoMetaPart.SocialImageAlt)), seo.SocialImageAlt ?? "");
    }

    public async Task UpdateAsync(ContentItem item, PartContext part, ContentEditorForm form, CancellationToken cancellationToken)
    {
        var pageTitle = form.Get(part.Name("PageTitle")).Trim();
        var description = form.Get(part.Name("MetaDescription")).Trim();
        var image = form.Get(part.Name("SocialImage")).Trim();
        var alt = form.Get(part.Name("SocialImageAlt")).Trim();
        if (description.Length > MaxDescription)
        {
            form.AddError(part.Name("MetaDescription"), T["The description can be at most {0} characters long; it is {1}.", MaxDescription, description.Length]);
        }

        if (image.Length > 0 && !FieldDriverSupport.IsAllowedUrl(image))
        {
            form.AddError(part.Name("SocialImage"), T["The image address must start with https://, http:// or / (a file on this site)."]);
        }
        else if (image.Length > 0 && picker is not null && picker.IsLibraryAddress(image) && !await picker.IsImageAsync(image, cancellationToken))
        {
            form.AddError(part.Name("SocialImage"), T["Choose an image from the media library for social media."]);
        }

        if (image.Length > 0 && alt.Length == 0)
        {
            form.AddError(part.Name("SocialImageAlt"), T["Describe the image for social media for people who cannot see it (alternative text)."]);
        }
        else if (alt.Length > MaxImageAlt)
        {
            form.AddError(part.Name("SocialImageAlt"), T["The alternative text can be at most {0} characters long; it is {1}.", MaxImageAlt, alt.Length]);
        }

        item.Alter<SeoMetaPart>(part.Prefix, p =>
        {
            p.PageTitle = pageTitle;
            p.MetaDescription = description;
            p.SocialImage = image;
            p.SocialImageAlt = image.Length == 0 ? "" : alt;
        });
    }

    public async Task<object?> EditorDataAsync(ContentItem item, PartContext part, ContentEditorForm form, bool isNew, CancellationToken cancellationToken) =>
        picker is null ? null : new SeoMetaEditorData(picker, await picker.EditorDataAsync(part.Name("SocialImage"), form, cancellationToken));

    public ContentDisplay? Display(ContentItem item, PartContext part)
    {
        var seo = item.As<SeoMetaPart>(part.Prefix);
        var text = string.Join(" | ", new[] { seo.PageTitle, seo.MetaDescription, seo.SocialImage, seo.SocialImageAlt }.Where(v => !string.IsNullOrEmpty(v)));
        return text.Length == 0 ? null : new ContentDisplay(text, HtmlString.Empty);
    }
}

/// <summary>An item in a list.</summary>
public sealed record ListChild(string ContentItemId, string DisplayText, string ContentType, bool Published, DateTime ModifiedUtc, int Order);

/// <summary>What the list editor shows: one page of the items in the list and the types that can be added.</summary>
public sealed record ListEditorData(IReadOnlyList<ListChild> Children, int Total, IReadOnlyList<ContentTypeDefinition> ContainedTypes, bool EnableOrdering = false, int Page = 1, int Pages = 1);

/// <summary>ListPart: no inputs of its own; the editor shows the list's items and buttons to add new ones.</summary>
public sealed class ListPartDriver(LtkDbContext db, ContentDefinitionManager definitions, IHttpContextAccessor httpContext, IStringLocalizer<ContentStrings> T) : IContentPartDriver
{
    public const int PageSize = 50;

    /// <summary>The query-string value of the list editor's page: <c>/admin/content/{id}/edit?listPage=2</c>.</summary>
    public const string PageQueryName = "listPage";

    /// <summary>Form name prefix of the position inputs, one per item: <c>ListPart.Order.{contentItemId}</c>.</summary>
    public const string OrderPrefix = "ListPart.Order.";

    public string PartName => PartNames.List;

    public string EditorView => "~/Areas/Admin/Views/Content/Parts/ListPart.cshtml";

    public void WriteInputs(ContentItem item, PartContext part, ContentEditorForm form)
    {
    }

    /// <summary>
    /// Applies the positions typed for the list's items. Ordering is not an edit of the items, so their rows
    /// are updated in place (no new versions); the change commits with the save of the list.
    /// </summary>
    public async Task UpdateAsync(ContentItem item, PartContext part, ContentEditorForm form, CancellationToken cancellationToken)
    {
        if (!part.Settings<ListPartSettings>().EnableOrdering)
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
            .Where(i => i.ContainerId == item.ContentItemId && ids.Contains(i.ContentItemId) && (i.Latest || i.Published))
            .ToListAsync(cancellationToken);
        foreach (var row in rows.Where(r => r.ContainedOrder != positions[r.ContentItemId]))
        {
            row.ContainedOrder = positions[row.ContentItemId];
            row.Alter<ContainedPart>(p => p.Order = row.ContainedOrder);
            row.ConcurrencyStamp = Guid.NewGuid();
        }
    }

    public async Task<object?> EditorDataAsync(ContentItem item, PartContext part, bool isNew, CancellationToken cancellationToken)
    {
        var settings = part.Settings<ListPartSettings>();
        var definition = await definitions.GetAsync(cancellationToken);
        var types = settings.ContainedContentTypes.Select(definition.FindType).OfType<ContentTypeDefinition>().ToList();
        if (isNew)
        {
            return new ListEditorData([], 0, types, settings.EnableOrdering);
        }

        var query = db.Set<ContentItem>().AsNoTracking().Where(i => i.ContainerId == item.ContentItemId && i.Latest && i.DeletedUtc == null);
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
