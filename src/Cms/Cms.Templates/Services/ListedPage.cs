namespace Cms.Templates.Services;

/// <summary>One page of a list's published items, with the addresses of the pages before and after it (null at the ends).</summary>
public sealed record ListedPage(IReadOnlyList<ListedItem> Items, int Page, int Pages, int Total, string? PreviousUrl, string? NextUrl);
