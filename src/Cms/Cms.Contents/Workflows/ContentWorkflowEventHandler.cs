using Cms.Contents.Events;
using Cms.Core.Events;
using Cms.Workflows.Services;

namespace Cms.Contents.Workflows;

/// <summary>
/// Hands the content manager's events to the workflow engine inside the change's unit of work, so what the
/// workflows do is saved with the change or not at all. The item's id is the correlation id; the event's id is
/// the event, the version and the version's concurrency stamp, which every save changes, so the same event
/// delivered again is recognised and a later change of the same version is not.
/// </summary>
public sealed class ContentWorkflowEventHandler(WorkflowManager workflows) :
    IEventHandler<ContentCreated>,
    IEventHandler<ContentUpdated>,
    IEventHandler<ContentPublished>,
    IEventHandler<ContentUnpublished>,
    IEventHandler<ContentDeleted>
{
    public Task HandleAsync(ContentCreated @event, CancellationToken cancellationToken) => TriggerAsync(ContentCreatedEvent.EventName, @event, cancellationToken);

    public Task HandleAsync(ContentUpdated @event, CancellationToken cancellationToken) => TriggerAsync(ContentUpdatedEvent.EventName, @event, cancellationToken);

    public Task HandleAsync(ContentPublished @event, CancellationToken cancellationToken) => TriggerAsync(ContentPublishedEvent.EventName, @event, cancellationToken);

    public Task HandleAsync(ContentUnpublished @event, CancellationToken cancellationToken) => TriggerAsync(ContentUnpublishedEvent.EventName, @event, cancellationToken);

    public Task HandleAsync(ContentDeleted @event, CancellationToken cancellationToken) => TriggerAsync(ContentDeletedEvent.EventName, @event, cancellationToken);

    private async Task TriggerAsync(string name, ContentEvent @event, CancellationToken cancellationToken) =>
        await workflows.TriggerAsync(
            new WorkflowEvent(name, ContentWorkflowInput.Of(@event), @event.Item.ContentItemId, $"{name}:{@event.Item.ContentItemVersionId}:{@event.Item.ConcurrencyStamp:N}"),
            cancellationToken);
}
