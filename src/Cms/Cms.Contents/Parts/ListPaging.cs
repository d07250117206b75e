using System.Globalization;

namespace Cms.Contents.Parts;

/// <summary>
/// Paging of a list's public page (a ListPart's items, <see cref="ListPartSettings.PageSize"/> at a time):
/// <c>/blog?page=2</c>. The output cache varies a list's page by <see cref="PageQueryKey"/>.
/// </summary>
public static class ListPaging
{
    /// <summary>The query key of the page number.</summary>
    public const string PageQueryKey = "page";

    /// <summary>How many pages <paramref name="total"/> items fill (at least one, so an empty list has a page).</summary>
    public static int Pages(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    /// <summary>The page asked for, within 1..<paramref name="pages"/>; anything that is not a number is the first page.</summary>
    public static int Page(string? asked, int pages) =>
        int.TryParse(asked, NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? Math.Clamp(page, 1, pages) : 1;

    /// <summary>The address of a page of the list at <paramref name="path"/>; the first page is the list's own address.</summary>
    public static string Url(string path, int page) =>
        page <= 1 ? path : $"{path}?{PageQueryKey}={page.ToString(CultureInfo.InvariantCulture)}";
}
