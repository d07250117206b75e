namespace Cms.Documents;

/// <summary>
/// A table: an optional caption, one header row and the data rows (each as long as the header). Columns listed in
/// <see cref="EndAlignedColumns"/> (e.g. amounts) are aligned to their right edge.
/// </summary>
public sealed record DocumentTable(string? Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock
{
    public IReadOnlySet<int> EndAlignedColumns { get; init; } = new HashSet<int>();
}
