using Cms.Core.Work;
using Cms.Workflows.Activities;
using Cms.Workflows.Services;

namespace Cms.Workflows.Signals;

/// <summary>
/// Delivers a queued signal to the engine; its effects are saved with the row. The event id is the row's key, so a signal
/// delivered again (a node that died after saving, a row run again by hand) has no second effect (decision 0025).
/// </summary>
public sealed class SignalDeliveryHandler(WorkflowManager workflows) : IWorkHandler
{
    public string Kind => WorkflowSignals.WorkKind;

    public async Task<WorkResult> HandleAsync(WorkContext work, CancellationToken cancellationToken)
    {
        if (work.Payload<SignalPayload>() is { } signal)
        {
            await workflows.TriggerAsync(SignalEvent.Create(signal.Name, signal.CorrelationId, signal.Input, work.Key), cancellationToken);
        }

        return WorkResult.Done;
    }
}
