namespace Cms.Workflows.Models;

/// <summary>An event the engine has handled, by its id: the same event delivered again does nothing (decision 0025).</summary>
public sealed class WorkflowEventReceipt
{
    public string EventId { get; set; } = "";

    public string EventName { get; set; } = "";

    public DateTime ReceivedUtc { get; set; }
}
