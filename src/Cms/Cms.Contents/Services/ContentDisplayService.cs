using System.Globalization;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Parts;
using Cms.Core.Settings;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Contents.Services;

/// <summary>What the public page of an item shows.</summary>
public sealed record ContentDisplayViewModel(ContentItem Item, ContentTypeDefinition? Type, IReadOnlyList<ContentDisplayRow> Rows, bool IsPreview)
{
    /// <summary>The rendered page body (set by <see cref="ContentDisplayService"/> through the <see cref="IContentItemRenderer"/>).</summary>
    public IHtmlContent Body { get; set; } = HtmlString.Empty;

    /// <summary>Parts that are about the page rather than on it.</summary>
    private static readonly HashSet<string> s_hidden = [PartNames.Title, PartNames.Autoroute, PartNames.Seo, PartNames.Localization, PartNames.List];

    public IEnumerable<ContentDisplayRow> Shown => Rows.Where(r => r.IsField || !s_hidden.Contains(r.Key));

    /// <summary>The title and description, read once; a kept body brings the ones it was rendered with.</summary>
    public ContentPageHead Head
    {
        get => field ??= ContentPageHead.Of(Item);
        init;
    }

    public string Title => Head.Title;

    public string? PageTitle => Head.PageTitle;

    public string? Description => Head.Description;
}

/// <summary>
/// Builds an item's page model. The definitions, drivers and renderer are resolved only when a body is rendered:
/// a published page's body kept by <see cref="RenderedContentCache"/> needs none of them.
/// </summary>
public sealed class ContentDisplayService(IServiceProvider services, RenderedContentCache rendered)
{
    public async Task<ContentDisplayViewModel> BuildAsync(ContentItem item, bool isPreview, CancellationToken cancellationToken)
    {
        var type = await services.GetRequiredService<ContentDefinitionManager>().GetSharedTypeAsync(item.ContentType, cancellationToken);
        var rows = type is null ? [] : await services.GetRequiredService<ContentEditorService>().DisplayAsync(item, type, cancellationToken);
        var model = new ContentDisplayViewModel(item, type, rows, isPreview);
        model.Body = await services.GetRequiredService<IContentItemRenderer>().RenderAsync(model, ContentDisplayType.Detail, cancellationToken);
        return model;
    }

    /// <summary>
    /// The page model of a published item from <paramref name="snapshot"/>: its body as this node last rendered it from
    /// the same inputs for the same culture and <paramref name="variant"/> (the address and the query values the page
    /// reads), else rendered now and kept. The output cache tags the rendering added are added again when it is reused.
    /// </summary>
    public async Task<ContentDisplayViewModel> BuildPublishedAsync(
        ContentItem item, PublishedContentSnapshot snapshot, SiteSettings settings, string variant, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var inputs = rendered.Capture(snapshot, settings);
        var key = string.Join('\n', item.ContentItemId, item.ContentItemVersionId, CultureInfo.CurrentCulture.Name,
            CultureInfo.CurrentUICulture.Name, variant);
        if (inputs is not null)
        {
            RenderedPage.Set(httpContext, inputs, key);
        }

        if (inputs is not null && rendered.Find<RenderedContent>(inputs, key) is { } kept)
        {
            httpContext.TagOutputCache(kept.Tags);
            return new ContentDisplayViewModel(item, kept.Type, kept.Rows, IsPreview: false) { Body = kept.Body, Head = kept.Head };
        }

        var headers = httpContext.Response.Headers;
        var (cookies, cacheControl) = (headers.SetCookie.Count, headers.CacheControl.ToString());
        using var recording = httpContext.RecordTags();
        var model = await BuildAsync(item, isPreview: false, cancellationToken);
        // A body that set a cookie or forbade storing (an anti-forgery token in a template) belongs to this response only.
        if (inputs is not null && headers.SetCookie.Count == cookies && headers.CacheControl.ToString() == cacheControl)
        {
            rendered.Add(inputs, key, new RenderedContent(model.Type, model.Rows, model.Body, model.Head, recording.Tags));
        }

        return model;
    }
}
