using System.Text.Json.Nodes;

namespace Cms.Contents.Models;

/// <summary>
/// One version of a content item. The item's data is a JSON document with one object per part
/// (Orchard's shape: <c>{"TitlePart": {"Title": "…"}, "Page": {"Intro": {"Text": "…"}}}</c>); the other
/// properties are index columns kept in step with it so lists and lookups never parse JSON.
/// All versions of an item share <see cref="ContentItemId"/>; exactly one is <see cref="Latest"/>, at
/// most one is <see cref="Published"/>.
/// </summary>
public sealed class ContentItem
{
    /// <summary>Row id of this version.</summary>
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string DisplayText { get; set; } = "";

    /// <summary>Lower-cased display text for case-insensitive search on every database, Danish letters included.</summary>
    public string DisplayTextNormalized { get; set; } = "";

    public bool Latest { get; set; }

    public bool Published { get; set; }

    /// <summary>
    /// On the latest version: whether some version of the item (this one or an older one) is published.
    /// Kept by the content manager so the content list filters and shows the status without a subquery
    /// per row (docs/decisions/0012-has-published-flag.md). Not kept up to date on older versions.
    /// </summary>
    public bool HasPublished { get; set; }

    /// <summary>1 for the first version, counting up.</summary>
    public int Number { get; set; }

    /// <summary>User name of the item's owner (who created it unless changed).</summary>
    public string Owner { get; set; } = "";

    /// <summary>User name of whoever saved this version.</summary>
    public string Author { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    /// <summary>When a scheduled draft is to be published.</summary>
    public DateTime? ScheduledPublishUtc { get; set; }

    /// <summary>Set on every version of a deleted item; it can be restored for 30 days.</summary>
    public DateTime? DeletedUtc { get; set; }

    /// <summary>Culture of the item (LocalizationPart), e.g. <c>da-DK</c> or <c>en</c>; null when not localized.</summary>
    public string? Culture { get; set; }

    /// <summary>Shared by the translations of one item (LocalizationPart).</summary>
    public string? LocalizationSet { get; set; }

    /// <summary>The list item that contains this item (ContainedPart), e.g. the news list.</summary>
    public string? ContainerId { get; set; }

    /// <summary>Position within the container when the list is ordered by hand.</summary>
    public int ContainedOrder { get; set; }

    /// <summary>Changes on every update of the row; concurrent saves of one item cannot both win.</summary>
    public Guid ConcurrencyStamp { get; set; }

    public JsonObject Content { get; set; } = [];

    /// <summary>The part object of the given name, created when missing.</summary>
    public JsonObject Part(string name)
    {
        if (Content[name] is JsonObject part)
        {
            return part;
        }

        part = [];
        Content[name] = part;
        return part;
    }

    public JsonObject? TryGetPart(string name) => Content[name] as JsonObject;

    /// <summary>A copy of this very version (same row, ids and flags), not tracked, e.g. to remember it before a change.</summary>
    public ContentItem CopyVersion()
    {
        var copy = CloneAsNewVersion();
        copy.Id = Id;
        copy.ContentItemVersionId = ContentItemVersionId;
        copy.Number = Number;
        copy.Latest = Latest;
        copy.Published = Published;
        copy.HasPublished = HasPublished;
        copy.ConcurrencyStamp = ConcurrencyStamp;
        return copy;
    }

    /// <summary>A copy as a new, not yet stored, version of the same item.</summary>
    public ContentItem CloneAsNewVersion() => new()
    {
        ContentItemId = ContentItemId,
        ContentType = ContentType,
        DisplayText = DisplayText,
        DisplayTextNormalized = DisplayTextNormalized,
        Owner = Owner,
        Author = Author,
        CreatedUtc = CreatedUtc,
        ModifiedUtc = ModifiedUtc,
        PublishedUtc = PublishedUtc,
        Culture = Culture,
        LocalizationSet = LocalizationSet,
        ContainerId = ContainerId,
        ContainedOrder = ContainedOrder,
        Content = (JsonObject)Content.DeepClone(),
    };
}
