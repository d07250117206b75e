using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Core.Security;
using Cms.Email.Localization;
using Cms.Email.Models;
using Cms.Email.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cms.Email.Controllers;

/// <summary>The outbox in the admin: every mail with its status and last error, a mail's headers and bodies, and resending.</summary>
[Area("Admin")]
[Route("/admin/outbox")]
[RequirePermission(nameof(Permissions.ViewOutbox))]
public sealed class OutboxAdminController(LtkDbContext db, IMailOutbox outbox, AuditTrailService audit, SiteTimeZone siteTime, IStringLocalizer<EmailStrings> T) : Controller
{
    public const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(OutboxMailStatus? status, int page, CancellationToken cancellationToken)
    {
        var query = db.Set<OutboxMail>().AsNoTracking();
        if (status is { } wanted)
        {
            query = query.Where(m => m.Status == wanted);
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var mails = await query.OrderByDescending(m => m.CreatedUtc).ThenByDescending(m => m.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return View(new OutboxIndexViewModel(status, mails.Select(Row).ToList(), total, page, pageCount, User.HasPermission(Permissions.ManageOutbox)));
    }

    [HttpGet("{mailId}")]
    public async Task<IActionResult> Detail(string mailId, CancellationToken cancellationToken)
    {
        if (!long.TryParse(mailId, System.Globalization.CultureInfo.InvariantCulture, out var id)
            || await db.Set<OutboxMail>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } mail)
        {
            return NotFound();
        }

        return View(new OutboxDetailViewModel(Row(mail), mail, User.HasPermission(Permissions.ManageOutbox) && CanResend(mail.Status)));
    }

    [HttpPost("{mailId}/resend")]
    [ValidateAntiForgeryToken]
    [RequirePermission(nameof(Permissions.ManageOutbox))]
    public async Task<IActionResult> Resend(string mailId, CancellationToken cancellationToken)
    {
        if (!long.TryParse(mailId, System.Globalization.CultureInfo.InvariantCulture, out var id)
            || await db.Set<OutboxMail>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } mail)
        {
            return NotFound();
        }

        if (!CanResend(mail.Status) || !await outbox.ResendAsync(id, cancellationToken))
        {
            TempData["Message"] = T["The mail to {0} was sent already; it is not sent again.", mail.To].Value;
            return Redirect(DetailUrl(id));
        }

        audit.Record(new AuditTrailEntry("Outbox", "Resent", mail.MessageId, mail.Subject) { ObjectType = "Mail", Comment = $"{mail.Status}: {mail.LastError}" });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = T["The mail to {0} is queued to be sent again.", mail.To].Value;
        return Redirect(DetailUrl(id));
    }

    public static string DetailUrl(long id) => "/admin/outbox/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A mail that was sent is not sent twice from here; everything else may be sent now.</summary>
    public static bool CanResend(OutboxMailStatus status) => status != OutboxMailStatus.Sent;

    private OutboxRow Row(OutboxMail m) => new(
        m.Id,
        siteTime.FormatDateTime(m.CreatedUtc),
        m.To,
        m.Subject,
        m.Status,
        m.Attempts,
        m.LastError,
        m.NextAttemptUtc is { } next ? siteTime.FormatDateTime(next) : null,
        m.SentUtc is { } sent ? siteTime.FormatDateTime(sent) : null);
}
