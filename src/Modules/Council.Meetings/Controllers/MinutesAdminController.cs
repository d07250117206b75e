using System.Globalization;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Core.Security;
using Council.Meetings.Conclusion;
using Council.Meetings.Data;
using Council.Meetings.Localization;
using Council.Meetings.Minutes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Council.Meetings.Controllers;

/// <summary>
/// A meeting's minutes (<c>/admin/meetings/{id}/minutes</c>): the draft made from the meeting, edited as Markdown and
/// saved, approved, then published as a page at <c>/referater/{yyyy-MM-dd}</c>.
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

    private async Task<IActionResult> ErrorAsync(Meeting meeting, MinutesResult result, string markdown, CancellationToken cancellationToken)
    {
        ModelState.AddModelError(MarkdownInput, result.Error ?? "");
        Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status400BadRequest;
        return await PageAsync(meeting, markdown, false, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(Meeting meeting, string markdown, bool saved, CancellationToken cancellationToken)
    {
        var id = meeting.Id.ToString(CultureInfo.InvariantCulture);
        var events = await db.Set<AuditTrailEvent>().AsNoTracking()
            .Where(e => e.Category == MeetingConclusion.AuditCategory && e.ObjectId == id && (e.EventName == "MinutesApproved" || e.EventName == "MinutesPublished"))
            .OrderByDescending(e => e.Id)
            .ToListAsync(cancellationToken);
        string? Last(string name) => events.FirstOrDefault(e => e.EventName == name) is { } e
            ? T["{0} on {1}", e.UserName, siteTime.ToLocal(e.CreatedUtc).ToString("dd.MM.yyyy HH.mm", CultureInfo.InvariantCulture)].Value
            : null;
        var approved = meeting.Status is MeetingStatus.MinutesApproved or MeetingStatus.Published ? Last("MinutesApproved") : null;
        var published = meeting.MinutesContentItemId is null ? null : Last("MinutesPublished");
        return View(ViewPath, new MinutesViewModel(meeting, markdown, saved, approved, published, meeting.MinutesContentItemId is null ? null : "/" + MeetingMinutes.PagePath(meeting.Date)));
    }
}
