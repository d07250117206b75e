using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Parts;
using Microsoft.AspNetCore.Html;

namespace Cms.Contents.Services;

/// <summary>What the public page of an item shows.</summary>
public sealed record ContentDisplayViewModel(ContentItem Item, ContentTypeDefinition? Type, IReadOnlyList<ContentDisplayRow> Rows, bool IsPreview)
{
    /// <summary>The rendered page body (set by <see cref="ContentDisplayService"/> through the <see cref="IContentItemRenderer"/>).</summary>
    public IHtmlContent Body { get; set; } = HtmlString.Empty;

    /// <summary>Parts that are about the page rather than on it.</summary>
    private static readonly HashSet<string> s_hidden = [PartNames.Title, PartNames.Autoroute, PartNames.Seo, PartNames.Localization, PartNames.List];

    public IEnumerable<ContentDisplayRow> Shown => Rows.Where(r => r.IsField || !s_hidden.Contains(r.Key));

    public string Title => Item.As<TitlePart>().Title is { Length: > 0 } title ? title : Item.DisplayText;

    public string? PageTitle => Item.As<SeoMetaPart>().PageTitle is { Length: > 0 } pageTitle ? pageTitle : null;

    public string? Description => Item.As<SeoMetaPart>().MetaDescription is { Length: > 0 } description ? description : null;
}

/// <summary>Builds an item's page model.</summary>
public sealed class ContentDisplayService(ContentDefinitionManager definitions, ContentEditorService editors, IContentItemRenderer renderer)
{
    public async Task<ContentDisplayViewModel> BuildAsync(ContentItem item, bool isPreview, CancellationToken cancellationToken)
    {
        var type = await definitions.GetSharedTypeAsync(item.ContentType, cancellationToken);
        var rows = type is null ? [] : await editors.DisplayAsync(item, type, cancellationToken);
        var model = new ContentDisplayViewModel(item, type, rows, isPreview);
        model.Body = await renderer.RenderAsync(model, ContentDisplayType.Detail, cancellationToken);
        return model;
    }
}
