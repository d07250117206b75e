namespace Cms.Contents.Parts;

/// <summary>A language variant of an item.</summary>
public sealed record Translation(string ContentItemId, string? Culture, string DisplayText);
