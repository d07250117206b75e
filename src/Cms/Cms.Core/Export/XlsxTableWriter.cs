using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Cms.Core.Export;

/// <summary>
/// Writes a list as a real XLSX workbook (SpreadCheetah, streamed): numbers, amounts and dates are cells of their kind
/// with Danish-looking formats, so the secretariat can sum and sort them; the heading row is bold and stays in view.
/// </summary>
public static class XlsxTableWriter
{
    // Excel's format codes are locale-neutral: the thousands and decimal signs follow the reader's own settings.
    private const string AmountFormat = "#,##0.00 \"kr.\"";
    private const string DateFormat = "dd.mm.yyyy";
    private const string DateTimeFormat = "dd.mm.yyyy hh:mm";

    public static async Task WriteAsync(Stream stream, ExportTable table, CancellationToken cancellationToken)
    {
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(stream, cancellationToken: cancellationToken);
        var options = new WorksheetOptions { FrozenRows = 1 };
        for (var i = 0; i < table.Columns.Count; i++)
        {
            options.Column(i + 1).Width = table.Columns[i].Width ?? DefaultWidth(table.Columns[i].Kind);
        }

        await spreadsheet.StartWorksheetAsync(SheetName(table.Name), options, cancellationToken);
        var header = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
        var amount = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom(AmountFormat) });
        var date = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom(DateFormat) });
        var dateTime = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom(DateTimeFormat) });

        var cells = new Cell[table.Columns.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = new Cell(table.Columns[i].Header, header);
        }

        await spreadsheet.AddRowAsync(cells, cancellationToken);
        await foreach (var row in table.Rows.WithCancellation(cancellationToken))
        {
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = ToCell(table.Columns[i].Kind, i < row.Count ? row[i] : null, amount, date, dateTime);
            }

            await spreadsheet.AddRowAsync(cells, cancellationToken);
        }

        await spreadsheet.FinishAsync(cancellationToken);
    }

    private static Cell ToCell(ExportValueKind kind, object? value, StyleId amount, StyleId date, StyleId dateTime) => value switch
    {
        null => new Cell(""),
        decimal d => kind == ExportValueKind.Amount ? new Cell(d, amount) : new Cell(d),
        int n => new Cell(n),
        long n => new Cell(n),
        double n => new Cell(n),
        DateOnly day => new Cell(day.ToDateTime(TimeOnly.MinValue), date),
        DateTime time => new Cell(time, dateTime),
        bool b => new Cell(b),
        _ => new Cell(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""),
    };

    private static double DefaultWidth(ExportValueKind kind) => kind switch
    {
        ExportValueKind.Amount => 16,
        ExportValueKind.Date => 12,
        ExportValueKind.DateTime => 17,
        ExportValueKind.Number => 10,
        _ => 30,
    };

    /// <summary>Excel allows 31 characters and none of <c>[]:*?/\</c> in a sheet's name.</summary>
    private static string SheetName(string name)
    {
        var cleaned = new string(name.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? ' ' : c).ToArray()).Trim();
        return cleaned.Length == 0 ? "Data" : cleaned.Length > 31 ? cleaned[..31] : cleaned;
    }
}
