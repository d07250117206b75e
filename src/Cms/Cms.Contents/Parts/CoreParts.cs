using Cms.Contents.Handlers;
using Cms.Contents.Models;

namespace Cms.Contents.Parts;

/// <summary>
/// Names of the parts this module brings, as they appear in definitions and in an item's JSON. Which parts a
/// site has comes from the registered drivers (<see cref="ContentPartCatalog"/>), not from this list.
/// </summary>
public static class PartNames
{
    public const string Title = "TitlePart";
    public const string Autoroute = "AutoroutePart";
    public const string HtmlBody = "HtmlBodyPart";
    public const string MarkdownBody = "MarkdownBodyPart";
    public const string Localization = "LocalizationPart";
    public const string Seo = "SeoMetaPart";
    public const string List = "ListPart";
    public const string Contained = "ContainedPart";
}

/// <summary>TitlePart: <c>{"Title": "…"}</c>; the title is the item's display text.</summary>
public sealed class TitlePartHandler : ContentHandlerBase
{
    public override int Order => -100;

    public override Task UpdatingAsync(ContentContext context, CancellationToken cancellationToken)
    {
        if (context.Item.As<TitlePart>().Title is { } title && !string.IsNullOrWhiteSpace(title))
        {
            context.Item.DisplayText = title.Trim();
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// LocalizationPart: <c>{"Culture": "da-DK", "LocalizationSet": "…"}</c>. Items in one set are the
/// language variants of each other.
/// </summary>
public sealed class LocalizationPartHandler : ContentHandlerBase
{
    public override int Order => -100;

    public override Task UpdatingAsync(ContentContext context, CancellationToken cancellationToken)
    {
        var item = context.Item;
        if (context.Type?.HasPart(PartNames.Localization) != true && item.TryGetPart(PartNames.Localization) is null)
        {
            return Task.CompletedTask;
        }

        var part = item.As<LocalizationPart>();
        var set = part.LocalizationSet;
        if (string.IsNullOrWhiteSpace(set))
        {
            set = item.LocalizationSet ?? Services.ContentIds.New();
            item.Alter<LocalizationPart>(p => p.LocalizationSet = set);
        }

        item.Culture = string.IsNullOrWhiteSpace(part.Culture) ? null : part.Culture;
        item.LocalizationSet = set;
        return Task.CompletedTask;
    }
}

/// <summary>ContainedPart: <c>{"ListContentItemId": "…", "Order": 3}</c> on an item that sits in a list.</summary>
public sealed class ContainedPartHandler : ContentHandlerBase
{
    public override int Order => -100;

    public override Task UpdatingAsync(ContentContext context, CancellationToken cancellationToken)
    {
        var item = context.Item;
        if (item.TryGetPart(PartNames.Contained) is not null)
        {
            var contained = item.As<ContainedPart>();
            item.ContainerId = contained.ListContentItemId;
            item.ContainedOrder = contained.Order;
        }

        return Task.CompletedTask;
    }
}
