using Cms.Core.Data;
using Cms.Core.Security;
using Cms.Forms.Data;
using Cms.Forms.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Cms.Forms.Controllers;

/// <summary>
/// The files sent with form submissions, for permitted staff only, always as a download (never shown inline, so a
/// file cannot run as a page of the site). Files of forms not yet sent are not served.
/// </summary>
[Area("Admin")]
[Route("/admin/forms/files")]
[RequirePermission(nameof(Permissions.ViewFormSubmissions))]
public sealed class FormFilesAdminController(LtkDbContext db, IFormFileStore store) : Controller
{
    [HttpGet("{fileId}")]
    public async Task<IActionResult> Download(string fileId, CancellationToken cancellationToken)
    {
        if (fileId.Length != 32 || !fileId.All(Uri.IsHexDigit))
        {
            return NotFound();
        }

        var record = await db.Set<FormFileRecord>().AsNoTracking().FirstOrDefaultAsync(f => f.FileId == fileId && f.ContentItemId != null, cancellationToken);
        if (record is null || await store.OpenAsync(fileId, cancellationToken) is not { } stream)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(record.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        return File(stream, record.ContentType);
    }
}
