using Cms.Core.Data;
using Cms.Core.Security;
using Council.Meetings.Data;
using Council.Meetings.Localization;
using Council.Meetings.Members;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Council.Meetings.Controllers;

/// <summary>A meeting's attendance (<c>/admin/meetings/{id}/attendance</c>): which of the current members are present.</summary>
[Area("Admin")]
[Route("/admin/meetings/{id}/attendance")]
[RequirePermission(nameof(Permissions.ManageMeetings))]
public sealed class AttendanceAdminController(
    LtkDbContext db,
    ICouncilMembers members,
    MeetingAdminPages pages,
    IStringLocalizer<MeetingStrings> T) : Controller
{
    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Attendance(string id, [FromForm(Name = "Present")] string[]? present, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } meeting)
        {
            return NotFound();
        }

        var here = new HashSet<string>(present ?? [], StringComparer.Ordinal);
        var current = await members.CurrentAsync(meeting.Date, cancellationToken);
        var rows = await db.Set<MeetingAttendance>().Where(a => a.MeetingId == meeting.Id).ToListAsync(cancellationToken);
        foreach (var member in current)
        {
            var row = rows.FirstOrDefault(r => r.MemberContentItemId == member.ContentItemId);
            if (row is null)
            {
                row = new MeetingAttendance { MeetingId = meeting.Id, MemberContentItemId = member.ContentItemId };
                db.Set<MeetingAttendance>().Add(row);
            }

            row.MemberName = member.Name;
            row.Present = here.Contains(member.ContentItemId);
        }

        var count = current.Count(m => here.Contains(m.ContentItemId));
        pages.Audit("Attendance", meeting, T["{0} of {1} members present.", count, current.Count]);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = T["The attendance was saved: {0} of {1} members present.", count, current.Count].Value;
        return Redirect(MeetingAdminPages.DetailUrl(meeting.Id) + "#attendance");
    }
}
