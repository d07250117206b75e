namespace Cms.Contents.Services;

/// <summary>
/// The version an edit started from, for <see cref="ContentManager.UpdateAsync"/>'s conflict check. A caller
/// that has no such version (restoring an old version, a recipe, saving over another editor on purpose)
/// says so with <see cref="SaveOverLatest"/>; a missing version is never taken silently as "no check".
/// </summary>
public readonly record struct BaseVersion
{
    private BaseVersion(string? versionId) => VersionId = versionId;

    /// <summary>The version the edit started from; null for <see cref="SaveOverLatest"/>.</summary>
    public string? VersionId { get; }

    /// <summary>No conflict check: the edit becomes the next version whatever the latest one is.</summary>
    public static BaseVersion SaveOverLatest { get; } = new(null);

    public static BaseVersion Of(string versionId) =>
        string.IsNullOrEmpty(versionId)
            ? throw new ArgumentException("Give the version the edit started from, or BaseVersion.SaveOverLatest when the save is meant to skip the conflict check.", nameof(versionId))
            : new(versionId);

    public static implicit operator BaseVersion(string versionId) => Of(versionId);
}
