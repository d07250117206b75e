namespace Cms.Workflows.Models;

/// <summary>The delete page: the type with its counts, and whether it may go.</summary>
public sealed record WorkflowTypeDeleteViewModel(WorkflowTypeListItem Type, int Finished);
