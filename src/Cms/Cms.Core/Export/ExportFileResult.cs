using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Cms.Core.Export;

/// <summary>
/// An exported list as a download, its rows read from the database as they are written. The file name carries the
/// list's name and the day (e.g. <c>revisionsspor-2026-12-01.xlsx</c>); staff data is never cached on the way.
/// </summary>
public sealed class ExportFileResult(ExportTable table, ExportFormat format, string fileName) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        var cancellationToken = context.HttpContext.RequestAborted;
        var (contentType, extension) = format == ExportFormat.Xlsx
            ? ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx")
            : ("text/csv; charset=utf-8", ".csv");
        response.ContentType = contentType;
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName + extension, FileName = Ascii(fileName) + extension }.ToString();
        // The zip writer finishes a workbook with synchronous writes, which Kestrel refuses: the file is made in a
        // buffer (memory, then a temporary file for a long list) and then sent.
        await using var buffer = new FileBufferingWriteStream();
        if (format == ExportFormat.Xlsx)
        {
            await XlsxTableWriter.WriteAsync(buffer, table, cancellationToken);
        }
        else
        {
            await CsvTableWriter.WriteAsync(buffer, table, cancellationToken);
        }

        response.ContentLength = buffer.Length;
        await buffer.DrainBufferAsync(response.Body, cancellationToken);
    }

    /// <summary>The plain file name for clients that do not read <c>filename*</c>: æ, ø and å spelled out, anything else dropped.</summary>
    private static string Ascii(string name) =>
        new(name.Replace("æ", "ae", StringComparison.Ordinal).Replace("ø", "oe", StringComparison.Ordinal).Replace("å", "aa", StringComparison.Ordinal)
            .Where(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_').ToArray());
}
