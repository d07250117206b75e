namespace Cms.Contents.Fields;

/// <summary>An item a picker offers.</summary>
public sealed record PickableItem(string ContentItemId, string DisplayText, string ContentType, bool Published);
