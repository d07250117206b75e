namespace Cms.Workflows.Models;

/// <summary>A stored version of a type, read-only: its drawing and its document.</summary>
public sealed record WorkflowVersionViewModel(string WorkflowTypeId, string Name, int Version, int LatestVersion, string Created, string CreatedBy, WorkflowGraph Graph, string Definition);
