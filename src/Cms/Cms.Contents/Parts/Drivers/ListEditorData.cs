using Cms.Contents.Metadata;

namespace Cms.Contents.Parts;

/// <summary>What the list editor shows: one page of the items in the list and the types that can be added.</summary>
public sealed record ListEditorData(IReadOnlyList<ListChild> Children, int Total, IReadOnlyList<ContentTypeDefinition> ContainedTypes, bool EnableOrdering = false, int Page = 1, int Pages = 1);
