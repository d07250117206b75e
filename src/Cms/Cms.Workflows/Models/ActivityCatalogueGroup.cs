namespace Cms.Workflows.Models;

/// <summary>The activities of one category on the add page.</summary>
public sealed record ActivityCatalogueGroup(string Category, IReadOnlyList<ActivityCatalogueItem> Activities);
