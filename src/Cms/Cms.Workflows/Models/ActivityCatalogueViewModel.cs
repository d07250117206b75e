namespace Cms.Workflows.Models;

/// <summary>The add page: the type and the activities to choose from, by category.</summary>
public sealed record ActivityCatalogueViewModel(string WorkflowTypeId, string TypeName, IReadOnlyList<ActivityCatalogueGroup> Groups);
