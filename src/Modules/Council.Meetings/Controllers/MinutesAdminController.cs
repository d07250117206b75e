using System.Globalization;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Core.Security;
using Council.Meetings.Conclusion;
using Council.Meetings.Data;
using Council.Meetings.Localization;
using Council.Meetings.Minutes;
using Council.Meetings.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Council.Meetings.Controllers;

/// <summary>
/// A meeting's minutes (<c>/admin/meetings/{id}/minutes</c>): the draft made from the meeting, edited as Markdown and
/// saved, approved, then published as a page at <c>/referater/{yyyy-MM-dd}</c>; approved or published minutes are made a
/// draft again with a reason, and the steps are listed as the minutes' history.
/// </summary>
[Area("Admin")]
[Route("/admin/meetings/{id:long}/minutes")]
[RequirePermission(nameof(Permissions.ManageMeetings))]
public sealed class MinutesAdminController(
    LtkDbContext db,
    MeetingFactsReader reader,
    MinutesDraftBuilder builder,
    MeetingMinutes minutes,
    SiteTimeZone siteTime,
    IStringLocalizer<MeetingStrings> T) : Controller
{
    public const string MarkdownInput = "Markdown";
    public const string ReasonInput = "Reason";
    public const int MaxLength = 100_000;
    private const string ViewPath = "~/Areas/Admin/Views/MinutesAdmin/Index.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(long id, CancellationToken cancellationToken)
    {
        var meeting = await db.Set<Meeting>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        var saved = !string.IsNullOrWhiteSpace(meeting.MinutesDraft);
        var text = saved ? meeting.MinutesDraft : await builder.BuildAsync((await reader.ReadAsync(id, cancellationToken))!, cancellationToken);
        return await PageAsync(meeting, text, saved, cancellationToken);
    }

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(long id, [FromForm(Name = MarkdownInput)] string? markdown, CancellationToken cancellationToken)
    {
        var meeting = await db.Set<Meeting>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        markdown ??= "";
        if (markdown.Length > MaxLength)
        {
            ModelState.AddModelError(MarkdownInput, T["The minutes can be at most {0} characters.", MaxLength]);
            return await PageAsync(meeting, markdown, false, cancellationToken);
        }

        var result = await minutes.SaveDraftAsync(meeting, markdown, cancellationToken);
        return Done(meeting, result, T["The minutes were saved."]) ?? await ErrorAsync(meeting, result, markdown, cancellationToken);
    }

    [HttpPost("approve")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Approve(long id, CancellationToken cancellationToken)
    {
        var meeting = await db.Set<Meeting>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        var result = await minutes.ApproveAsync(meeting, cancellationToken);
        return Done(meeting, result, T["The minutes were approved."]) ?? await ErrorAsync(meeting, result, meeting.MinutesDraft, cancellationToken);
    }

    [HttpPost("reopen")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Reopen(long id, [FromForm(Name = ReasonInput)] string? reason, CancellationToken cancellationToken)
    {
        var meeting = await db.Set<Meeting>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        var correcting = meeting.MinutesContentItemId is not null;
        var result = await minutes.ReopenAsync(meeting, reason, cancellationToken);
        var message = correcting
            ? T["The minutes are a draft again: correct them, approve them and publish them; the page shows the published minutes until then."]
            : T["The minutes are a draft again."];
        return Done(meeting, result, message) ?? await ErrorAsync(meeting, result, meeting.MinutesDraft, cancellationToken, ReasonInput, reason);
    }

    [HttpPost("publish")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Publish(long id, CancellationToken cancellationToken)
    {
        var meeting = await db.Set<Meeting>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        var result = await minutes.PublishAsync(meeting, cancellationToken);
        return Done(meeting, result, T["The minutes were published at /{0}.", MeetingMinutes.PagePath(meeting.Date)]) ?? await ErrorAsync(meeting, result, meeting.MinutesDraft, cancellationToken);
    }

    private RedirectResult? Done(Meeting meeting, MinutesResult result, LocalizedString message)
    {
        if (!result.Succeeded)
        {
            return null;
        }

        TempData["Message"] = message.Value;
        return Redirect($"/admin/meetings/{meeting.Id.ToString(CultureInfo.InvariantCulture)}/minutes");
    }

    private async Task<IActionResult> ErrorAsync(Meeting meeting, MinutesResult result, string markdown, CancellationToken cancellationToken, string key = MarkdownInput, string? reason = null)
    {
        ModelState.AddModelError(key, result.Error ?? "");
        Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status400BadRequest;
        return await PageAsync(meeting, markdown, !string.IsNullOrWhiteSpace(meeting.MinutesDraft) && markdown == meeting.MinutesDraft, cancellationToken, reason ?? "");
    }

    private async Task<IActionResult> PageAsync(Meeting meeting, string markdown, bool saved, CancellationToken cancellationToken, string reason = "")
    {
        var id = meeting.Id.ToString(CultureInfo.InvariantCulture);
        var events = await db.Set<AuditTrailEvent>().AsNoTracking()
            .Where(e => e.Category == MeetingConclusion.AuditCategory && e.ObjectId == id && MeetingMinutes.HistoryEvents.Contains(e.EventName))
            .OrderByDescending(e => e.Id)
            .ToListAsync(cancellationToken);
        string When(AuditTrailEvent e) => siteTime.ToLocal(e.CreatedUtc).ToString("dd.MM.yyyy HH.mm", CultureInfo.InvariantCulture);
        string? Last(string name) => events.FirstOrDefault(e => e.EventName == name) is { } e ? T["{0} on {1}", e.UserName, When(e)].Value : null;
        var approved = meeting.Status is MeetingStatus.MinutesApproved or MeetingStatus.Published ? Last(MeetingMinutes.ApprovedEvent) : null;
        var published = meeting.MinutesContentItemId is null ? null : Last(MeetingMinutes.PublishedEvent);
        var history = events.Select(e => new MinutesHistoryLine(When(e), e.UserName, HistoryText(e.EventName), e.Comment)).ToList();
        return View(ViewPath, new MinutesViewModel(meeting, markdown, saved, approved, published, meeting.MinutesContentItemId is null ? null : "/" + MeetingMinutes.PagePath(meeting.Date), history, reason));
    }

    private string HistoryText(string eventName) => eventName switch
    {
        MeetingMinutes.ApprovedEvent => T["Approved"],
        MeetingMinutes.ReopenedEvent => T["Made a draft again"],
        MeetingMinutes.CorrectionEvent => T["Correction begun"],
        _ => T["Published"],
    };
}
