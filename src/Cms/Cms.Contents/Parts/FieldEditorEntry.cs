using Cms.Contents.Fields;

namespace Cms.Contents.Parts;

/// <summary>A field editor with the partial that renders it.</summary>
public sealed record FieldEditorEntry(string View, FieldEditor Editor);
