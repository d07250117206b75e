using System.Globalization;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Core.Security;
using Council.Meetings.Data;
using Council.Meetings.Localization;
using Council.Meetings.Meetings;
using Council.Meetings.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Council.Meetings.Controllers;

/// <summary>The items waiting for a meeting (<c>/admin/meetings/queue</c>), oldest first, each put on a planned meeting with a reason.</summary>
[Area("Admin")]
[Route("/admin/meetings/queue")]
[RequirePermission(nameof(Permissions.ManageMeetings))]
public sealed class MeetingQueueAdminController(
    LtkDbContext db,
    MeetingAdminPages pages,
    SiteTimeZone siteTime,
    IStringLocalizer<MeetingStrings> T) : Controller
{
    private const string ViewPath = "~/Areas/Admin/Views/MeetingsAdmin/Queue.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Queue(CancellationToken cancellationToken) => View(ViewPath, await QueueModelAsync(cancellationToken));

    [HttpPost("{agendaItemId}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Place(string agendaItemId, [FromForm(Name = "Meeting")] string? meetingId, [FromForm(Name = "Reason")] string? reason, CancellationToken cancellationToken)
    {
        if (!long.TryParse(agendaItemId, CultureInfo.InvariantCulture, out var itemId)
            || await db.Set<AgendaItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId && i.MeetingId == null, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        if (!long.TryParse(meetingId, CultureInfo.InvariantCulture, out var target))
        {
            ModelState.AddModelError("Meeting-" + item.Id, T["Choose the meeting to put the item on."]);
        }

        if (await pages.MoveAsync(item, target, reason, AuditTrailService.UserNameOf(HttpContext), ModelState, cancellationToken) is { } message)
        {
            TempData["Message"] = message;
            return Redirect("/admin/meetings/queue");
        }

        return View(ViewPath, await QueueModelAsync(cancellationToken));
    }

    private async Task<QueueViewModel> QueueModelAsync(CancellationToken cancellationToken)
    {
        var items = await db.Set<AgendaItem>().AsNoTracking().Where(i => i.MeetingId == null && i.Status == AgendaItemStatus.Queued).OrderBy(i => i.ReadyUtc).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        var today = pages.Today;
        var rows = new List<QueueRow>();
        foreach (var item in items)
        {
            var ready = DateOnly.FromDateTime(siteTime.ToLocal(item.ReadyUtc));
            rows.Add(new QueueRow(item.Id, item.Title, item.Applicant, MeetingPlanner.DanishDate(ready), today.DayNumber - ready.DayNumber, await pages.AdminUrlAsync(item, cancellationToken)));
        }

        return new QueueViewModel(rows, await pages.TargetsAsync(null, cancellationToken));
    }
}
