namespace Cms.Workflows.Models;

/// <summary>An activity the site knows, as the add page offers it: its name (for the address) and its texts in the reader's language.</summary>
public sealed record ActivityCatalogueItem(string Name, string DisplayName, string Description, bool IsEvent);
