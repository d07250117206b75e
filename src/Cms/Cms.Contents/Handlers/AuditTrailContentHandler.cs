using Cms.Contents.Models;
using Cms.Core.AuditTrail;

namespace Cms.Contents.Handlers;

/// <summary>Records every content event in the audit trail, with the item's data before and after.</summary>
public sealed class AuditTrailContentHandler(AuditTrailService audit) : ContentHandlerBase
{
    /// <summary>After the part handlers, so the record holds the final display text and paths.</summary>
    public override int Order => 1000;

    public override Task CreatedAsync(ContentContext context, CancellationToken cancellationToken) => Record("Created", context, withBefore: false);

    public override Task UpdatedAsync(ContentContext context, CancellationToken cancellationToken) => Record("Saved", context, withBefore: true);

    public override Task PublishedAsync(ContentContext context, CancellationToken cancellationToken) => Record("Published", context, withBefore: true);

    public override Task UnpublishedAsync(ContentContext context, CancellationToken cancellationToken) => Record("Unpublished", context, withBefore: false);

    public override Task RemovedAsync(ContentContext context, CancellationToken cancellationToken) => Record("Deleted", context, withBefore: false);

    public override Task RestoredAsync(ContentContext context, CancellationToken cancellationToken) => Record("Restored", context, withBefore: false);

    private Task Record(string eventName, ContentContext context, bool withBefore)
    {
        var item = context.Item;
        audit.Record(new AuditTrailEntry("Content", eventName, item.ContentItemId, item.DisplayText)
        {
            ObjectType = item.ContentType,
            Comment = $"Version {item.Number}",
            Before = withBefore && context.Previous is { } previous ? Describe(previous) : null,
            After = Describe(item),
        });
        return Task.CompletedTask;
    }

    private static System.Text.Json.Nodes.JsonObject Describe(ContentItem item) => new()
    {
        ["ContentItemVersionId"] = item.ContentItemVersionId,
        ["Number"] = item.Number,
        ["DisplayText"] = item.DisplayText,
        ["Published"] = item.Published,
        ["Content"] = item.Content.DeepClone(),
    };
}
