using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Security;
using Council.Meetings.Conclusion;
using Council.Meetings.Conflicts;
using Council.Meetings.Data;
using Council.Meetings.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Council.Meetings.Members;

namespace Council.Meetings.Controllers;

/// <summary>
/// A meeting's conflicts of interest (<c>/admin/meetings/{id}/conflicts</c>): each item with the members flagged by their
/// register and those who declared a conflict, and why; the secretariat records a declaration on a member's behalf in the
/// member's words, or withdraws one with a reason (both in the audit trail).
/// </summary>
[Area("Admin")]
[Route("/admin/meetings/{id:long}/conflicts")]
[RequirePermission(nameof(Permissions.ManageMeetings))]
public sealed class ConflictsAdminController(
    MeetingFactsReader reader,
    AgendaConflicts conflicts,
    AuditTrailService audit,
    LtkDbContext db,
    IStringLocalizer<MeetingStrings> T) : Controller
{
    public const int MaxReasonLength = 1000;

    [HttpGet("")]
    public async Task<IActionResult> Index(long id, CancellationToken cancellationToken) =>
        await PageAsync(id, new ConflictInput(), cancellationToken);

    [HttpPost("declare")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Declare(long id, ConflictInput input, CancellationToken cancellationToken)
    {
        var facts = await reader.ReadAsync(id, cancellationToken);
        if (facts is null)
        {
            return NotFound();
        }

        var (item, member) = Read(facts, input);
        if (!ModelState.IsValid || item is null || member is null)
        {
            return await PageAsync(id, input, cancellationToken);
        }

        await conflicts.DeclareAsync(item.Item, member, input.Reason, cancellationToken);
        audit.Record(new AuditTrailEntry(MeetingConclusion.AuditCategory, "ConflictDeclared", item.Item.Id.ToString(CultureInfo.InvariantCulture), T["Item {0}: {1}", item.Item.Position, item.Item.Title])
        {
            ObjectType = nameof(AgendaItem),
            Comment = input.Reason.Trim(),
            After = new JsonObject { ["Member"] = member.Name, ["MemberContentItemId"] = member.ContentItemId, ["MeetingId"] = id },
        });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = T["{0}'s conflict on item {1} was recorded; {0} takes no part in it.", member.Name, item.Item.Position].Value;
        return Redirect($"/admin/meetings/{id.ToString(CultureInfo.InvariantCulture)}/conflicts");
    }

    [HttpPost("withdraw")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Withdraw(long id, ConflictInput input, CancellationToken cancellationToken)
    {
        var facts = await reader.ReadAsync(id, cancellationToken);
        if (facts is null)
        {
            return NotFound();
        }

        var item = facts.Items.FirstOrDefault(i => i.Item.Id == input.ItemId);
        var declared = item?.Conflicts.FirstOrDefault(c => c.Declared && c.MemberContentItemId == input.MemberId);
        if (item is null || declared is null)
        {
            ModelState.AddModelError("", T["That declared conflict is no longer on the item."]);
            return await PageAsync(id, new ConflictInput(), cancellationToken);
        }

        if (Closed(item) is { } closed)
        {
            ModelState.AddModelError("", closed);
            return await PageAsync(id, new ConflictInput(), cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            ModelState.AddModelError($"Withdraw-{item.Item.Id}-{declared.MemberContentItemId}", T["Give the reason the conflict is withdrawn; it is kept in the audit trail."]);
            return await PageAsync(id, new ConflictInput(), cancellationToken);
        }

        await conflicts.WithdrawAsync(item.Item, declared.MemberContentItemId, cancellationToken);
        audit.Record(new AuditTrailEntry(MeetingConclusion.AuditCategory, "ConflictWithdrawn", item.Item.Id.ToString(CultureInfo.InvariantCulture), T["Item {0}: {1}", item.Item.Position, item.Item.Title])
        {
            ObjectType = nameof(AgendaItem),
            Comment = Trim(input.Reason),
            Before = new JsonObject { ["Member"] = declared.MemberName, ["Reason"] = declared.Reason },
        });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = T["{0}'s declared conflict on item {1} was withdrawn.", declared.MemberName, item.Item.Position].Value;
        return Redirect($"/admin/meetings/{id.ToString(CultureInfo.InvariantCulture)}/conflicts");
    }

    private (MeetingFactsItem? Item, CouncilMemberInfo? Member) Read(MeetingFacts facts, ConflictInput input)
    {
        var item = facts.Items.FirstOrDefault(i => i.Item.Id == input.ItemId);
        if (item is null)
        {
            ModelState.AddModelError(nameof(ConflictInput.ItemId), T["Choose the item the member has a conflict on."]);
        }
        else if (Closed(item) is { } closed)
        {
            ModelState.AddModelError(nameof(ConflictInput.ItemId), closed);
        }

        // The members on the council on the meeting's date, as the page lists them.
        var member = facts.Members.FirstOrDefault(m => m.ContentItemId == input.MemberId);
        if (member is null)
        {
            ModelState.AddModelError(nameof(ConflictInput.MemberId), T["Choose the member who declares the conflict."]);
        }

        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            ModelState.AddModelError(nameof(ConflictInput.Reason), T["Give the member's reason, e.g. \"Sits on the board of the applying association\"."]);
        }
        else if (input.Reason.Trim().Length > MaxReasonLength)
        {
            ModelState.AddModelError(nameof(ConflictInput.Reason), T["The reason can be at most {0} characters.", MaxReasonLength]);
        }

        return (item, member);
    }

    private string? Closed(MeetingFactsItem item) => item.Item.Status is AgendaItemStatus.Queued or AgendaItemStatus.OnAgenda
        ? null
        : T["Item {0} has been decided; its conflicts can no longer change.", item.Item.Position].Value;

    private static string Trim(string reason) => reason.Trim() is { Length: > MaxReasonLength } text ? text[..MaxReasonLength] : reason.Trim();

    private async Task<IActionResult> PageAsync(long id, ConflictInput input, CancellationToken cancellationToken)
    {
        var facts = await reader.ReadAsync(id, cancellationToken);
        if (facts is null)
        {
            return NotFound();
        }

        var open = facts.Meeting.ConcludedUtc is null && facts.Meeting.Status is MeetingStatus.Planned or MeetingStatus.AgendaLocked;
        return View("~/Areas/Admin/Views/ConflictsAdmin/Index.cshtml", new ConflictsViewModel(facts, facts.Members, input, open));
    }
}
