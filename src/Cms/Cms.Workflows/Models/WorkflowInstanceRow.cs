namespace Cms.Workflows.Models;

/// <summary>An instance as its type's list shows it, times already in Danish form.</summary>
public sealed record WorkflowInstanceRow(string WorkflowId, WorkflowStatus Status, int TypeVersion, string? CorrelationId, string Created, string Modified, string? Error);
