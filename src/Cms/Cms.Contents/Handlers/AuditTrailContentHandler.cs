using Cms.Contents.Events;
using Cms.Contents.Models;
using Cms.Core.AuditTrail;
using Cms.Core.Events;

namespace Cms.Contents.Handlers;

/// <summary>
/// Records every content event in the audit trail, with the item's data before and after, in the unit of work
/// of the change: the record commits with it or not at all. Events come after the part handlers, so the record
/// holds the final display text and paths.
/// </summary>
public sealed class AuditTrailContentHandler(AuditTrailService audit) :
    IEventHandler<ContentCreated>,
    IEventHandler<ContentUpdated>,
    IEventHandler<ContentPublished>,
    IEventHandler<ContentUnpublished>,
    IEventHandler<ContentDeleted>,
    IEventHandler<ContentRestored>
{
    public Task HandleAsync(ContentCreated @event, CancellationToken cancellationToken) => Record("Created", @event, withBefore: false);

    public Task HandleAsync(ContentUpdated @event, CancellationToken cancellationToken) => Record("Saved", @event, withBefore: true);

    public Task HandleAsync(ContentPublished @event, CancellationToken cancellationToken) => Record("Published", @event, withBefore: true);

    public Task HandleAsync(ContentUnpublished @event, CancellationToken cancellationToken) => Record("Unpublished", @event, withBefore: false);

    public Task HandleAsync(ContentDeleted @event, CancellationToken cancellationToken) => Record("Deleted", @event, withBefore: false);

    public Task HandleAsync(ContentRestored @event, CancellationToken cancellationToken) => Record("Restored", @event, withBefore: false);

    private Task Record(string eventName, ContentEvent context, bool withBefore)
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
