using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Core.Security;
using Cms.Forms.Data;
using Cms.Forms.Models;
using Cms.Forms.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cms.Forms.Controllers;

/// <summary>
/// What citizens sent through the public forms, for the staff who handle it: every form's submissions newest first
/// (or one form's), and a submission with its answers as the citizen gave them.
/// </summary>
[Area("Admin")]
[Route("/admin/forms/submissions")]
[RequirePermission(nameof(Permissions.ViewFormSubmissions))]
public sealed class FormSubmissionsAdminController(LtkDbContext db, FormCatalog forms, ContentDefinitionManager definitions, ContentManager contents, SiteTimeZone siteTime) : Controller
{
    public const int PageSize = 50;

    public static string DetailUrl(string contentItemId) => "/admin/forms/submissions/" + contentItemId;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? type, int page, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetSharedAsync(cancellationToken);
        var types = definition.Types
            .Where(t => t.Settings.GetSettings<FormSettings>() is { Enabled: true })
            .Select(t => new KeyValuePair<string, string>(t.Name, t.DisplayName))
            .OrderBy(t => t.Value, DanishCulture.Comparer)
            .ToList();
        var wanted = types.Any(t => t.Key == type) ? type : null;

        var query = db.Set<FormSubmissionRecord>().AsNoTracking()
            .Join(db.Set<ContentItem>().AsNoTracking().Where(c => c.Latest && c.DeletedUtc == null), s => s.ContentItemId, c => c.ContentItemId, (s, c) => new { s, c.DisplayText });
        if (wanted is not null)
        {
            query = query.Where(x => x.s.ContentType == wanted);
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await query.OrderByDescending(x => x.s.SubmittedUtc).ThenByDescending(x => x.s.Reference)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new { x.s.ContentItemId, x.s.ContentType, x.s.Reference, x.s.SubmittedUtc, x.DisplayText })
            .ToListAsync(cancellationToken);

        // The status lives in the item's JSON; a page's 50 items are read for it, never the whole list.
        var ids = rows.Select(r => r.ContentItemId).ToList();
        var statuses = (await db.Set<ContentItem>().AsNoTracking().Where(c => ids.Contains(c.ContentItemId) && c.Latest).ToListAsync(cancellationToken))
            .ToDictionary(c => c.ContentItemId, c => c.As<FormSubmissionPart>(FormSubmissionPart.PartName).Status);
        var names = types.ToDictionary(t => t.Key, t => t.Value);
        return View(new FormSubmissionsIndexViewModel(
            types,
            wanted,
            [.. rows.Select(r => new FormSubmissionRow(
                r.ContentItemId,
                r.Reference,
                siteTime.FormatDateTime(r.SubmittedUtc),
                names.GetValueOrDefault(r.ContentType, r.ContentType),
                Title(r.DisplayText, r.Reference),
                statuses.GetValueOrDefault(r.ContentItemId)))],
            total,
            page,
            pageCount));
    }

    [HttpGet("{submissionId}")]
    public async Task<IActionResult> Detail(string submissionId, CancellationToken cancellationToken)
    {
        if (submissionId.Length > 26
            || await db.Set<FormSubmissionRecord>().AsNoTracking().FirstOrDefaultAsync(s => s.ContentItemId == submissionId, cancellationToken) is not { } submission
            || await contents.GetAsync(submissionId, VersionOptions.Latest, cancellationToken) is not { } item
            || await forms.DescribeAsync(submission.ContentType, System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en", cancellationToken) is not { } form)
        {
            return NotFound();
        }

        var row = new FormSubmissionRow(
            item.ContentItemId,
            submission.Reference,
            siteTime.FormatDateTime(submission.SubmittedUtc),
            form.Type.DisplayName,
            Title(item.DisplayText, submission.Reference),
            item.As<FormSubmissionPart>(FormSubmissionPart.PartName).Status);
        var sections = await FormSummary.OfAsync(form, item, cancellationToken);
        return View(new FormSubmissionDetailViewModel(row, submission.Culture, sections));
    }

    private static string Title(string displayText, string reference) =>
        displayText.StartsWith(reference, StringComparison.Ordinal) && displayText.Length > reference.Length ? displayText[reference.Length..].Trim() : displayText;
}
