namespace Cms.Contents.Metadata;

/// <summary>A position typed for a part or field (<paramref name="Name"/>); errors go to the input <paramref name="Key"/>.</summary>
public sealed record PositionInput(string Key, string Name, string? Text);
