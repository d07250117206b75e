using System.Text.Json.Nodes;
using Cms.Core.Work;

namespace Cms.Workflows.Signals;

/// <summary>Queues signals as rows of the work queue, keyed by the signal's name and id (<see cref="SignalDeliveryHandler"/> delivers them).</summary>
public sealed class WorkflowSignals(IWorkQueue queue) : IWorkflowSignals
{
    public const string WorkKind = "workflow.signal";

    /// <summary>The key is the event id of the delivery, which the receipts table keeps to this length.</summary>
    private const int MaxKeyLength = 300;

    public Task<bool> SendAsync(string name, string? correlationId, JsonObject? input = null, string? signalId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var key = $"{WorkKind}:{name}:{signalId ?? Guid.NewGuid().ToString("N")}";
        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentException($"A signal's name and id together may be at most {MaxKeyLength - WorkKind.Length - 2} characters.", nameof(signalId));
        }

        return queue.EnqueueAsync(WorkKind, key, new SignalPayload(name, correlationId, input), cancellationToken: cancellationToken);
    }
}
