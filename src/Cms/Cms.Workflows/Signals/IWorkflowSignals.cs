using System.Text.Json.Nodes;

namespace Cms.Workflows.Signals;

/// <summary>
/// Sends a signal (e.g. "meeting concluded" with the meeting's id as correlation) to the workflows waiting for it, through the
/// durable work queue: the signal is queued in the caller's unit of work, so it is sent with the change that causes it or not
/// at all, and the work loop delivers it to the engine once, right after the commit.
/// </summary>
public interface IWorkflowSignals
{
    /// <summary>
    /// Queues the signal. <paramref name="signalId"/> names this sending of it (the meeting's conclusion, a request's id): the
    /// same name and id sent again is not delivered again. Without one, every call is a signal of its own. False when the signal
    /// with that id was already queued.
    /// </summary>
    Task<bool> SendAsync(string name, string? correlationId, JsonObject? input = null, string? signalId = null, CancellationToken cancellationToken = default);
}
