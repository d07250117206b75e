namespace Cms.Contents.Editors;

/// <summary>A panel on an item's edit page: the view component to invoke, its arguments, and its place among the panels.</summary>
public sealed record ContentEditorPanel(string ViewComponent, object? Arguments, int Order = 0);
