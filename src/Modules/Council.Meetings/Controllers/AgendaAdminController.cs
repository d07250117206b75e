using System.Globalization;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Security;
using Council.Meetings.Agenda;
using Council.Meetings.Data;
using Council.Meetings.Localization;
using Council.Meetings.Meetings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Council.Meetings.Controllers;

/// <summary>
/// A meeting's agenda (<c>/admin/meetings/{id}/…</c>): locking and unlocking it, an item one place up or down, and an
/// item moved to another meeting or the queue with its reason. A refused change shows the meeting's page with the message.
/// </summary>
[Area("Admin")]
[Route("/admin/meetings/{id}")]
[RequirePermission(nameof(Permissions.ManageMeetings))]
public sealed class AgendaAdminController(
    LtkDbContext db,
    MeetingPlanner planner,
    MeetingAdminPages pages,
    IStringLocalizer<MeetingStrings> T) : Controller
{
    [HttpPost("lock")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Lock(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "AgendaLocked", m => planner.Lock(m), T["The agenda of the meeting on {0} is locked: no more items join it."], cancellationToken);

    [HttpPost("unlock")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Unlock(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "AgendaUnlocked", m => planner.Unlock(m), T["The agenda of the meeting on {0} is open again."], cancellationToken);

    [HttpPost("items/{agendaItemId}/up")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Up(string id, string agendaItemId, CancellationToken cancellationToken) => ReorderAsync(id, agendaItemId, up: true, cancellationToken);

    [HttpPost("items/{agendaItemId}/down")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Down(string id, string agendaItemId, CancellationToken cancellationToken) => ReorderAsync(id, agendaItemId, up: false, cancellationToken);

    [HttpPost("items/{agendaItemId}/move")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Move(string id, string agendaItemId, [FromForm(Name = "Target")] string? target, [FromForm(Name = "Reason")] string? reason, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } meeting
            || !long.TryParse(agendaItemId, CultureInfo.InvariantCulture, out var itemId)
            || await db.Set<AgendaItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId && i.MeetingId == meeting.Id, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        long? to = null;
        if (target != "queue")
        {
            if (long.TryParse(target, CultureInfo.InvariantCulture, out var targetId))
            {
                to = targetId;
            }
            else
            {
                ModelState.AddModelError("Target-" + item.Id, T["Choose the meeting to move the item to, or the queue."]);
            }
        }

        if (await pages.MoveAsync(item, to, reason, AuditTrailService.UserNameOf(HttpContext), ModelState, cancellationToken) is { } message)
        {
            TempData["Message"] = message;
            return Redirect(MeetingAdminPages.DetailUrl(meeting.Id));
        }

        return View(MeetingAdminPages.DetailView, await pages.DetailModelAsync(meeting, "", cancellationToken));
    }

    private async Task<IActionResult> ChangeAsync(string id, string eventName, Action<Meeting> change, LocalizedString message, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } meeting)
        {
            return NotFound();
        }

        try
        {
            change(meeting);
        }
        catch (AgendaRoutingException ex)
        {
            return await RefusedAsync(id, ex, cancellationToken);
        }

        pages.Audit(eventName, meeting, null);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = string.Format(CultureInfo.InvariantCulture, message.Value, MeetingPlanner.DanishDate(meeting.Date));
        return Redirect(MeetingAdminPages.DetailUrl(meeting.Id));
    }

    private async Task<IActionResult> ReorderAsync(string id, string agendaItemId, bool up, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } meeting || !long.TryParse(agendaItemId, CultureInfo.InvariantCulture, out var itemId))
        {
            return NotFound();
        }

        try
        {
            if (!await planner.ReorderAsync(meeting, itemId, up, cancellationToken))
            {
                return NotFound();
            }
        }
        catch (AgendaRoutingException ex)
        {
            return await RefusedAsync(id, ex, cancellationToken);
        }

        pages.Audit(up ? "ItemMovedUp" : "ItemMovedDown", meeting, agendaItemId);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(MeetingAdminPages.DetailUrl(meeting.Id) + "#agenda");
    }

    private async Task<IActionResult> RefusedAsync(string id, AgendaRoutingException ex, CancellationToken cancellationToken) =>
        await pages.RefusedAsync(id, ModelState, ex, "", cancellationToken) is { } model ? View(MeetingAdminPages.DetailView, model) : NotFound();
}
