using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Contents.Models;

namespace Cms.Contents.Services;

/// <summary>
/// The published version of an item as <see cref="PublishedContentStore"/> holds it: the index columns, what lists
/// sort by, and the content as UTF-8 JSON. The JSON stays compact bytes rather than a parsed tree (a tree costs
/// several times the memory), and <see cref="ToContentItem"/> gives each caller its own item to read or change.
/// </summary>
public sealed class PublishedItem
{
    // The index columns, with an empty document.
    private readonly ContentItem _columns;
    private readonly byte[] _content;

    public PublishedItem(ContentItem item)
    {
        var content = item.Content;
        item.Content = [];
        _columns = item.CopyVersion();
        // Readers copy the empty document at once: have it fully built before it is shared.
        _ = _columns.Content.Count;
        item.Content = content;
        _content = JsonSerializer.SerializeToUtf8Bytes(content);
        Title = item.As<TitlePart>().Title is { Length: > 0 } title ? title : item.DisplayText;
        OwnDate = item.TryGetPart(item.ContentType)?["Date"] is JsonObject date && date["Value"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
    }

    public string ContentItemId => _columns.ContentItemId;

    public string ContentItemVersionId => _columns.ContentItemVersionId;

    public string ContentType => _columns.ContentType;

    public string DisplayText => _columns.DisplayText;

    /// <summary>The TitlePart's title, else the display text (what lists show and sort by).</summary>
    public string Title { get; }

    /// <summary>The yyyy-MM-dd value of the Date field of the type's own part (news), which sorts as text.</summary>
    public string? OwnDate { get; }

    public DateTime ModifiedUtc => _columns.ModifiedUtc;

    public DateTime? PublishedUtc => _columns.PublishedUtc;

    public string? Culture => _columns.Culture;

    public string? LocalizationSet => _columns.LocalizationSet;

    public string? ContainerId => _columns.ContainerId;

    /// <summary>The position in a list ordered by hand.</summary>
    public int ContainedOrder => _columns.ContainedOrder;

    public DateTime CreatedUtc => _columns.CreatedUtc;

    /// <summary>A new item with this version's data; the caller owns it.</summary>
    public ContentItem ToContentItem()
    {
        var item = _columns.CopyVersion();
        item.Content = JsonNode.Parse(_content) as JsonObject ?? [];
        return item;
    }
}
