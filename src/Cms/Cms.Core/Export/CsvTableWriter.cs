using System.Globalization;
using System.Text;
using Cms.Core.Localization;

namespace Cms.Core.Export;

/// <summary>
/// Writes a list as CSV the way Danish Excel and LibreOffice open it without an import dialog: UTF-8 with a byte order
/// mark, semicolons between values (the comma is the decimal sign), Danish numbers and dates, RFC 4180 quoting.
/// </summary>
public static class CsvTableWriter
{
    private static readonly CultureInfo s_danish = DanishCulture.Culture;

    public static async Task WriteAsync(Stream stream, ExportTable table, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(';', table.Columns.Select(c => Quote(c.Header))));
        await foreach (var row in table.Rows.WithCancellation(cancellationToken))
        {
            var line = new StringBuilder();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                if (i > 0)
                {
                    line.Append(';');
                }

                line.Append(Format(table.Columns[i].Kind, i < row.Count ? row[i] : null));
            }

            await writer.WriteLineAsync(line, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string Format(ExportValueKind kind, object? value) => value switch
    {
        null => "",
        decimal amount when kind == ExportValueKind.Amount => Quote(amount.ToString("N2", s_danish)),
        DateOnly day => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture),
        IFormattable number when kind is ExportValueKind.Number or ExportValueKind.Amount => Quote(number.ToString(null, s_danish)),
        _ => Quote(Defused(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")),
    };

    /// <summary>
    /// Text that a spreadsheet would run as a formula (it starts with = + - @ or a tab) gets a leading apostrophe, so a
    /// value a citizen typed can never become a formula on a staff member's machine (CSV injection).
    /// </summary>
    private static string Defused(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
