namespace Cms.Contents.Events;

/// <summary>
/// A content type or part definition was stored or deleted, whoever changed it (the editor, a recipe).
/// <see cref="ContentType"/> names the type when the change was to one type; null when a part changed, which
/// may touch every type that uses it.
/// </summary>
public sealed record ContentDefinitionChanged(string? ContentType, string? ContentPart);
