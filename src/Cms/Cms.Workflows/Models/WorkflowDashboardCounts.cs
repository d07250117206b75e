namespace Cms.Workflows.Models;

/// <summary>What the dashboard's workflow box says: instances waiting and instances that failed, over all types.</summary>
public sealed record WorkflowDashboardCounts(int Halted, int Faulted);
