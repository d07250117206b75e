using System.Globalization;
using System.Security.Cryptography;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Forms;
using Cms.Forms.Data;
using Cms.Forms.Editors;
using Cms.Forms.Services;
using Council.Grants.Localization;
using Council.Grants.Screening;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Controllers;

/// <summary>
/// Where an applicant answers the secretariat's question without signing in, by the private link in the mail: the question,
/// a text answer and an optional file (checked on its bytes, kept in the forms' private store). One answer per request: the
/// link then says it was received; an expired link says so and how to reach the secretariat.
/// </summary>
public sealed class GrantInformationController(
    GrantInformationLinks links,
    GrantInformationAnswering answering,
    LtkDbContext db,
    IFormFileStore store,
    SiteTimeZone siteTime,
    TimeProvider clock,
    IStringLocalizer<GrantStrings> T) : Controller
{
    public const string AnswerInput = "Answer";

    public const string FileInput = "File";

    public const string KeptFileInput = "KeptFileId";

    public const int MaxAnswerLength = 4000;

    private const long MaxFileBytes = 10 * 1024 * 1024;

    private const string PageView = "~/Views/GrantInformation/Information.cshtml";

    [HttpGet(GrantInformationLinks.DanishPath + "{token}")]
    [HttpGet(GrantInformationLinks.EnglishPath + "{token}")]
    public async Task<IActionResult> Show(string token, CancellationToken cancellationToken)
    {
        if (await links.FindAsync(token, cancellationToken) is not { } request)
        {
            return NotFound();
        }

        return Page(request, Model(request));
    }

    [HttpPost(GrantInformationLinks.DanishPath + "{token}")]
    [HttpPost(GrantInformationLinks.EnglishPath + "{token}")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(FormRateLimits.Posts)]
    public async Task<IActionResult> Answer(string token, CancellationToken cancellationToken)
    {
        if (await links.FindAsync(token, cancellationToken) is not { } request || !Request.HasFormContentType)
        {
            return NotFound();
        }

        var model = Model(request);
        if (model.AnsweredOn is not null || model.Expired)
        {
            return Page(request, model);
        }

        var form = await Request.ReadFormAsync(cancellationToken);
        var answer = form[AnswerInput].ToString().Trim();
        var errors = new List<KeyValuePair<string, string>>();
        if (answer.Length == 0)
        {
            errors.Add(new(AnswerInput, T["Write your answer to the secretariat."]));
        }
        else if (answer.Length > MaxAnswerLength)
        {
            errors.Add(new(AnswerInput, T["Your answer can be at most {0} characters; it is {1}.", MaxAnswerLength, answer.Length]));
        }

        var kept = await KeptFileAsync(form[KeptFileInput].ToString(), cancellationToken);
        if (form.Files.GetFile(FileInput) is { Length: > 0 } upload)
        {
            var (file, error) = await StoreAsync(upload, cancellationToken);
            if (error is not null)
            {
                errors.Add(new(FileInput, error));
            }
            else
            {
                kept = file;
            }
        }

        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page(request, model with { Answer = answer, Errors = errors, KeptFileId = kept?.FileId, KeptFileName = kept?.FileName });
        }

        // A second answer sent at the same time as the first is told the first was received.
        await answering.AnswerAsync(request, answer, kept?.FileId, cancellationToken);
        return Redirect(Request.Path);
    }

    private GrantInformationPageViewModel Model(Data.GrantInformationRequest request) => new(Request.Path, request.Question, Date(request.ExpiresUtc))
    {
        AnsweredOn = request.AnsweredUtc is { } answered ? Date(answered) : null,
        Expired = request.AnsweredUtc is null && request.ExpiresUtc <= clock.GetUtcNow().UtcDateTime,
    };

    private ViewResult Page(Data.GrantInformationRequest request, GrantInformationPageViewModel model)
    {
        // A private page: not stored by browsers or proxies, not indexed. The form's anti-forgery token makes the page with
        // the form no-store already; the pages without one say it themselves.
        if (model.AnsweredOn is not null || model.Expired)
        {
            Response.Headers.CacheControl = "no-store";
        }

        Response.Headers["X-Robots-Tag"] = "noindex";
        if (model.Expired && request.AnsweredUtc is null)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
        }

        return View(PageView, model);
    }

    private async Task<FormFileRecord?> KeptFileAsync(string fileId, CancellationToken cancellationToken) =>
        fileId.Length is 0 or > 64 ? null
            : await db.Set<FormFileRecord>().AsNoTracking().FirstOrDefaultAsync(f => f.FileId == fileId && f.ContentItemId == null, cancellationToken);

    /// <summary>The upload checked as the forms check theirs (size, kind by the first bytes, a name that does not lie), then stored.</summary>
    private async Task<(FormFileRecord? File, string? Error)> StoreAsync(IFormFile upload, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(upload.FileName);
        if (upload.Length > MaxFileBytes)
        {
            return (null, T["The file {0} is {1}; it can be at most {2}.", fileName, FileFormElementEditor.Size(upload.Length), FileFormElementEditor.Size(MaxFileBytes)]);
        }

        var header = new byte[FileKinds.HeaderLength];
        int read;
        await using (var stream = upload.OpenReadStream())
        {
            read = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        }

        var kind = FileKinds.Detect(header.AsSpan(0, read));
        var claimed = FileKinds.ClaimedBy(fileName);
        var kinds = string.Join(", ", FileKinds.All.Select(k => k.ToUpperInvariant()));
        if (kind is null || (claimed is not null && claimed != kind))
        {
            return (null, claimed is not null
                ? T["The file {0} is not a real {1} file. Choose a file of one of these kinds: {2}.", fileName, claimed.ToUpperInvariant(), kinds]
                : T["The file {0} is not of a kind we accept. Choose a file of one of these kinds: {1}.", fileName, kinds]);
        }

        var fileId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await using (var stream = upload.OpenReadStream())
        {
            await store.SaveAsync(fileId, stream, cancellationToken);
        }

        var record = new FormFileRecord
        {
            FileId = fileId,
            FileName = fileName.Length > 255 ? fileName[^255..] : fileName,
            ContentType = FileKinds.ContentTypeOf(kind),
            Length = upload.Length,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return (record, null);
    }

    private string Date(DateTime utc) => siteTime.ToLocal(utc).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
