using Cms.Core.Data;
using Cms.Core.Localization;
using Council.Meetings.Conflicts;
using Council.Meetings.Data;
using Microsoft.EntityFrameworkCore;
using Council.Meetings.Members;

namespace Council.Meetings.Conclusion;

/// <summary>Reads a meeting's <see cref="MeetingFacts"/>; the items are tracked, so the conclusion can change them.</summary>
public sealed class MeetingFactsReader(LtkDbContext db, ICouncilMembers councilMembers, AgendaConflicts conflicts)
{
    public async Task<MeetingFacts?> ReadAsync(long meetingId, CancellationToken cancellationToken)
    {
        var meeting = await db.Set<Meeting>().FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        var members = await councilMembers.CurrentAsync(meeting.Date, cancellationToken);
        var attendance = await db.Set<MeetingAttendance>().AsNoTracking().Where(a => a.MeetingId == meetingId).ToListAsync(cancellationToken);
        var present = attendance.Where(a => a.Present).Select(a => a.MemberContentItemId).ToHashSet(StringComparer.Ordinal);
        var items = await db.Set<AgendaItem>()
            .Where(i => i.MeetingId == meetingId && i.Status != AgendaItemStatus.Withdrawn)
            .OrderBy(i => i.Position).ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);
        var byItem = await conflicts.ForItemsAsync([.. items.Select(i => i.Id)], cancellationToken);

        // Names as recorded with the attendance, so the minutes read right if a member item changes later.
        string NameOf(CouncilMemberInfo m) => attendance.FirstOrDefault(a => a.MemberContentItemId == m.ContentItemId)?.MemberName is { Length: > 0 } name ? name : m.Name;
        var sorted = members.OrderBy(NameOf, DanishCulture.Comparer).ToList();
        return new MeetingFacts(
            meeting,
            members,
            [.. sorted.Where(m => present.Contains(m.ContentItemId)).Select(NameOf)],
            [.. sorted.Where(m => !present.Contains(m.ContentItemId)).Select(NameOf)],
            [.. items.Select(i => new MeetingFactsItem(i, byItem.GetValueOrDefault(i.Id, [])))])
        {
            PresentIds = members.Select(m => m.ContentItemId).Where(present.Contains).ToHashSet(StringComparer.Ordinal),
        };
    }
}
