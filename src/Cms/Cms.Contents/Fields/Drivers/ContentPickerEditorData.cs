namespace Cms.Contents.Fields;

/// <summary>
/// What a content picker offers: the chosen items (always, so a save keeps them) and one page of the items
/// that match the search, by title.
/// </summary>
public sealed record ContentPickerEditorData(IReadOnlyList<PickableItem> Chosen, IReadOnlyList<PickableItem> Items, string Search, int Page, int Pages, int Total);
