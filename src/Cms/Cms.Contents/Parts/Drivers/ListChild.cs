namespace Cms.Contents.Parts;

/// <summary>An item in a list.</summary>
public sealed record ListChild(string ContentItemId, string DisplayText, string ContentType, bool Published, DateTime ModifiedUtc, int Order);
