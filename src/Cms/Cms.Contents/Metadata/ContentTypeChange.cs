namespace Cms.Contents.Metadata;

/// <summary>What the type editor changes at once: the display name, the type settings, and the order of parts and fields.</summary>
public sealed record ContentTypeChange(
    string DisplayName,
    string? Description,
    bool Creatable,
    bool Listable,
    bool Draftable,
    bool Versionable,
    bool Securable,
    IReadOnlyList<PositionInput> Parts,
    IReadOnlyList<PositionInput> Fields);
