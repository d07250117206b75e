using System.IO.Compression;
using System.Text;
using Cms.Core.Export;

namespace LtkSite.Tests.Unit.Export;

/// <summary>What a secretary opening an exported list in Danish Excel gets: numbers, amounts and dates as such, text safe.</summary>
public sealed class TableExportTests
{
    private static readonly ExportColumn[] s_columns =
    [
        new("Reference"), new("Beløb", ExportValueKind.Amount), new("Modtaget", ExportValueKind.Date),
        new("Ændret", ExportValueKind.DateTime), new("Antal", ExportValueKind.Number),
    ];

    private static ExportTable Table(params IReadOnlyList<object?>[] rows) => new("Ansøgninger: 2027/1 [alle]", s_columns, rows.ToAsyncEnumerable());

    [Fact]
    public async Task Csv_uses_semicolons_a_byte_order_mark_and_Danish_numbers_and_dates()
    {
        var bytes = await CsvAsync(Table(
            ["LTK-2027-0042", 59800m, new DateOnly(2027, 3, 4), new DateTime(2027, 3, 4, 14, 30, 0), 120],
            ["Med \"citat\"; og semikolon", 1234.5m, null, null, 7.25m]));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Reference;Beløb;Modtaget;Ændret;Antal", lines[0]);
        Assert.Equal("LTK-2027-0042;59.800,00;04.03.2027;04.03.2027 14:30;120", lines[1]);
        Assert.Equal("\"Med \"\"citat\"\"; og semikolon\";1.234,50;;;7,25", lines[2]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.org\")")]
    [InlineData("+45 12345678")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    public async Task Text_a_spreadsheet_would_run_as_a_formula_is_written_as_text(string typed)
    {
        var lines = Encoding.UTF8.GetString((await CsvAsync(Table([typed, null, null, null, null])))[3..]).Split("\r\n");
        var cell = lines[1].Split(';')[0].Trim('"');
        Assert.StartsWith("'", cell, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_holds_amounts_and_dates_as_values_with_their_formats_and_a_valid_sheet_name()
    {
        using var stream = new MemoryStream();
        await XlsxTableWriter.WriteAsync(stream, Table(["LTK-2027-0042", 59800m, new DateOnly(2027, 3, 4), new DateTime(2027, 3, 4, 14, 30, 0), 120]), CancellationToken.None);
        stream.Position = 0;
        using var zip = new ZipArchive(stream);
        var workbook = Read(zip, "xl/workbook.xml");
        var sheet = Read(zip, "xl/worksheets/sheet1.xml");
        var styles = Read(zip, "xl/styles.xml");

        Assert.Contains("name=\"Ansøgninger  2027 1  alle\"", workbook, StringComparison.Ordinal);
        Assert.Contains("<v>59800</v>", sheet, StringComparison.Ordinal);
        // 4 March 2027 is day 46450 of Excel's calendar; 14:30 is 0.604166….
        Assert.Contains("<v>46450</v>", sheet, StringComparison.Ordinal);
        Assert.Contains("<v>46450.6041666", sheet, StringComparison.Ordinal);
        Assert.Contains("formatCode=\"#,##0.00 &quot;kr.&quot;\"", styles, StringComparison.Ordinal);
        Assert.Contains("formatCode=\"dd.mm.yyyy\"", styles, StringComparison.Ordinal);
        Assert.Contains("state=\"frozen\"", sheet, StringComparison.Ordinal);
    }

    private static async Task<byte[]> CsvAsync(ExportTable table)
    {
        using var stream = new MemoryStream();
        await CsvTableWriter.WriteAsync(stream, table, CancellationToken.None);
        return stream.ToArray();
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
