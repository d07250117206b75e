using System.Text.Json.Nodes;
using Cms.Contents.Workflows;
using Cms.Core.Events;
using Cms.Forms.Events;
using Cms.Workflows.Services;

namespace Cms.Forms.Workflows;

/// <summary>
/// Hands <see cref="FormSubmitted"/> to the workflow engine. The submission is already stored when it is published,
/// so the engine's run is saved on its own; the event id (one per item) keeps a repeated delivery from starting twice.
/// </summary>
public sealed class FormWorkflowEventHandler(WorkflowManager workflows) : IEventHandler<FormSubmitted>
{
    public async Task HandleAsync(FormSubmitted @event, CancellationToken cancellationToken) =>
        await workflows.TriggerAndSaveAsync(
            new WorkflowEvent(
                FormSubmittedEvent.EventName,
                new JsonObject
                {
                    [ContentWorkflowInput.ContentItemId] = @event.ContentItemId,
                    [ContentWorkflowInput.ContentType] = @event.ContentType,
                    ["Reference"] = @event.Reference,
                    ["Culture"] = @event.Culture,
                    ["ReceiptUrl"] = @event.ReceiptUrl,
                },
                @event.ContentItemId,
                $"{FormSubmittedEvent.EventName}:{@event.ContentItemId}"),
            cancellationToken);
}
