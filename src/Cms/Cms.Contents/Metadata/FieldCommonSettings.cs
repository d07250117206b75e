namespace Cms.Contents.Metadata;

/// <summary>
/// The settings every field has: display name and position (Orchard's <c>ContentPartFieldSettings</c>), and the hint
/// and required flag, kept in the field type's own group (e.g. <c>TextFieldSettings</c>) where the drivers read them.
/// </summary>
public sealed record FieldCommonSettings(string DisplayName, string? Hint, bool Required, string? Position);
