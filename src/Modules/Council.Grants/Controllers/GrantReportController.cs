using System.Globalization;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Forms;
using Council.Grants.Data;
using Council.Grants.Localization;
using Council.Grants.Models;
using Council.Grants.Reports;
using Council.Grants.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Controllers;

/// <summary>
/// Where a grantee reports on the project without signing in, by the private link in the mail: what happened, how many took
/// part, and the accounts pre-filled with their own budget lines — the actual cost of each, a receipt each, and a short
/// explanation where it differs from the budget by more than 10 %. Sent once; the link works until the case is closed.
/// </summary>
public sealed class GrantReportController(
    GrantReportLinks links,
    GrantReportSubmitting submitting,
    GrantFileUploads uploads,
    LtkDbContext db,
    SiteTimeZone siteTime,
    IStringLocalizer<GrantStrings> T) : Controller
{
    public const string WhatHappenedInput = "WhatHappened";

    public const string ParticipantsInput = "Participants";

    public const string ActualInput = "Actual-";

    public const string ExplanationInput = "Explanation-";

    public const string ReceiptInput = "Receipt-";

    public const string KeptReceiptInput = "KeptReceipt-";

    public const int MaxExplanationLength = 1000;

    public const int MaxParticipants = 100_000;

    private const string PageView = "~/Views/GrantReport/Report.cshtml";

    [HttpGet(GrantReportLinks.DanishPath + "{token}")]
    [HttpGet(GrantReportLinks.EnglishPath + "{token}")]
    public async Task<IActionResult> Show(string token, CancellationToken cancellationToken)
    {
        if (await links.FindAsync(token, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        return Page(await ModelAsync(report, cancellationToken));
    }

    [HttpPost(GrantReportLinks.DanishPath + "{token}")]
    [HttpPost(GrantReportLinks.EnglishPath + "{token}")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(FormRateLimits.Posts)]
    public async Task<IActionResult> Submit(string token, CancellationToken cancellationToken)
    {
        if (await links.FindAsync(token, cancellationToken) is not { } report || !Request.HasFormContentType)
        {
            return NotFound();
        }

        var model = await ModelAsync(report, cancellationToken);
        if (model.SubmittedOn is not null || model.Closed)
        {
            return Page(model);
        }

        var form = await Request.ReadFormAsync(cancellationToken);
        var errors = new List<KeyValuePair<string, string>>();
        var whatHappened = form[WhatHappenedInput].ToString().Trim();
        if (whatHappened.Length == 0)
        {
            errors.Add(new(WhatHappenedInput, T["Tell us what happened in the project."]));
        }
        else if (whatHappened.Length > GrantReport.MaxTextLength)
        {
            errors.Add(new(WhatHappenedInput, T["The text can be at most {0} characters; it is {1}.", GrantReport.MaxTextLength, whatHappened.Length]));
        }

        var participantsText = form[ParticipantsInput].ToString().Trim();
        var participants = 0;
        if (!int.TryParse(participantsText.Replace(".", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out participants) || participants > MaxParticipants)
        {
            errors.Add(new(ParticipantsInput, T["Give how many took part as a whole number, e.g. 35."]));
        }

        var lines = new List<GrantReportPageLine>();
        var inputs = new List<GrantReportLineInput>();
        foreach (var line in model.Lines)
        {
            var actualText = form[line.ActualInput].ToString().Trim();
            var explanation = form[line.ExplanationInput].ToString().Trim();
            var kept = await uploads.KeptAsync(form[line.KeptInput].ToString(), cancellationToken);
            if (form.Files.GetFile(line.ReceiptInput) is { Length: > 0 } upload)
            {
                var (file, error) = await uploads.StoreAsync(upload, cancellationToken);
                if (error is not null)
                {
                    errors.Add(new(line.ReceiptInput, error));
                }
                else
                {
                    kept = file;
                }
            }

            var budget = report.Lines.First(l => l.Position == line.Position).Budget;
            var flagged = false;
            if (actualText.Length == 0)
            {
                errors.Add(new(line.ActualInput, T["Line {0} ({1}): give what it actually cost.", line.Position, line.Item]));
            }
            else if (!GrantAmounts.TryParse(actualText, out var actual) || actual < 0)
            {
                errors.Add(new(line.ActualInput, T["Line {0} ({1}): write the actual cost in kroner, e.g. 2.400.", line.Position, line.Item]));
            }
            else
            {
                flagged = GrantReportLine.Deviates(budget, actual);
                if (flagged && explanation.Length == 0)
                {
                    errors.Add(new(line.ExplanationInput, T["Line {0} ({1}) cost {2}, more than 10 % from its budget of {3}: say briefly why.", line.Position, line.Item, GrantAmounts.Format(actual), line.Budget]));
                }
                else if (explanation.Length > MaxExplanationLength)
                {
                    errors.Add(new(line.ExplanationInput, T["The text can be at most {0} characters; it is {1}.", MaxExplanationLength, explanation.Length]));
                }

                if (actual > 0 && kept is null && !errors.Any(e => e.Key == line.ReceiptInput))
                {
                    errors.Add(new(line.ReceiptInput, T["Line {0} ({1}): attach the receipt.", line.Position, line.Item]));
                }

                inputs.Add(new GrantReportLineInput(line.Position, actual, explanation, kept?.FileId));
            }

            lines.Add(line with { Actual = actualText, Explanation = explanation, Flagged = flagged, KeptFileId = kept?.FileId, KeptFileName = kept?.FileName });
        }

        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page(model with
            {
                WhatHappened = whatHappened,
                Participants = participantsText,
                Lines = lines,
                ActualTotal = inputs.Count > 0 ? GrantAmounts.Format(inputs.Sum(i => i.Actual)) : "",
                Errors = errors,
            });
        }

        // A second report sent at the same time as the first is told the first is in.
        await submitting.SubmitAsync(report, whatHappened, participants, inputs, cancellationToken);
        return Redirect(Request.Path);
    }

    private async Task<GrantReportPageViewModel> ModelAsync(GrantReport report, CancellationToken cancellationToken)
    {
        var status = await db.Set<GrantApplicationIndex>().AsNoTracking().Where(i => i.ContentItemId == report.ContentItemId).Select(i => (GrantApplicationStatus?)i.Status).FirstOrDefaultAsync(cancellationToken);
        var files = report.Lines.Where(l => l.ReceiptFileId is not null).ToDictionary(l => l.Position);
        return new GrantReportPageViewModel(Request.Path, report.DueDate.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            [.. report.Lines.Select(l => new GrantReportPageLine(l.Position, l.Item, GrantAmounts.Format(l.Budget))
            {
                Actual = l.Actual is { } actual ? GrantAmounts.ToInput(actual) : "",
                Explanation = l.Explanation,
                Flagged = l.IsFlagged,
                KeptFileName = files.TryGetValue(l.Position, out var f) ? f.ReceiptFileName : null,
            })])
        {
            Request = report.Request,
            WhatHappened = report.WhatHappened,
            Participants = report.Participants?.ToString(CultureInfo.InvariantCulture) ?? "",
            BudgetTotal = GrantAmounts.Format(report.Lines.Sum(l => l.Budget)),
            ActualTotal = report.SubmittedUtc is null ? "" : GrantAmounts.Format(report.Lines.Sum(l => l.Actual ?? 0)),
            SubmittedOn = report.SubmittedUtc is { } submitted ? siteTime.ToLocal(submitted).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : null,
            Closed = status == GrantApplicationStatus.Closed,
        };
    }

    private ViewResult Page(GrantReportPageViewModel model)
    {
        PrivateLinkPages.Mark(Response, withoutForm: model.SubmittedOn is not null || model.Closed, gone: model.Closed && model.SubmittedOn is null);
        return View(PageView, model);
    }
}
