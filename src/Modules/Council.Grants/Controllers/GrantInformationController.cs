using System.Globalization;
using Cms.Core.Localization;
using Cms.Forms;
using Council.Grants.Localization;
using Council.Grants.Screening;
using Council.Grants.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
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
    GrantFileUploads uploads,
    SiteTimeZone siteTime,
    TimeProvider clock,
    IStringLocalizer<GrantStrings> T) : Controller
{
    public const string AnswerInput = "Answer";

    public const string FileInput = "File";

    public const string KeptFileInput = "KeptFileId";

    public const int MaxAnswerLength = 4000;

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

        var kept = await uploads.KeptAsync(form[KeptFileInput].ToString(), cancellationToken);
        if (form.Files.GetFile(FileInput) is { Length: > 0 } upload)
        {
            var (file, error) = await uploads.StoreAsync(upload, cancellationToken);
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
        PrivateLinkPages.Mark(Response, withoutForm: model.AnsweredOn is not null || model.Expired, gone: model.Expired && request.AnsweredUtc is null);
        return View(PageView, model);
    }

    private string Date(DateTime utc) => siteTime.ToLocal(utc).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
