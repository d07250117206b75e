namespace Cms.Contents.Events;

/// <summary>
/// Items deleted longer ago than the restore period are removed for good, every version at once. Published inside the
/// purge's unit of work before the rows go, so a module removes what it keeps about the items (index rows, files) with them.
/// </summary>
public sealed record ContentPurged(IReadOnlyList<string> ContentItemIds);
