namespace Cms.Core.Export;

/// <summary>
/// A list to export as CSV or XLSX: its name (the sheet's and the file's), its columns and its rows, read as they are
/// written so a long list is streamed rather than held in memory. Each row has one value per column, null for empty.
/// </summary>
public sealed record ExportTable(string Name, IReadOnlyList<ExportColumn> Columns, IAsyncEnumerable<IReadOnlyList<object?>> Rows);
