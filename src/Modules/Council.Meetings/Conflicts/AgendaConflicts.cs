using Cms.Core.Data;
using Council.Meetings.Data;
using Council.Meetings.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Cms.Core.Localization;
using Council.Meetings.Members;

namespace Council.Meetings.Conflicts;

/// <summary>
/// The members who take no part in an item (forvaltningsloven § 3): flagged when an applicant matches a member's register
/// (the CVR number when both have one, else the name as <see cref="OrganisationNames"/> compares it), or declared by the
/// member. Flags follow the registers while an item is undecided; a decided item keeps the conflicts it was decided with.
/// Only the members on the council on the item's meeting date are flagged (<see cref="ICouncilMembers"/>; a queued item:
/// today). Changes join the caller's unit of work.
/// </summary>
public sealed class AgendaConflicts(LtkDbContext db, ICouncilMembers members, SiteTimeZone siteTime, TimeProvider clock, IStringLocalizer<MeetingStrings> T) : IAgendaConflicts
{
    public async Task<IReadOnlyList<AgendaConflictView>> ForItemAsync(string kind, string sourceId, CancellationToken cancellationToken)
    {
        var id = await db.Set<AgendaItem>().Where(i => i.Kind == kind && i.SourceId == sourceId).Select(i => (long?)i.Id).FirstOrDefaultAsync(cancellationToken);
        return id is { } itemId ? (await ForItemsAsync([itemId], cancellationToken)).GetValueOrDefault(itemId, []) : [];
    }

    /// <summary>The conflicts of several items, by item id, each list by member name.</summary>
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<AgendaConflictView>>> ForItemsAsync(IReadOnlyCollection<long> itemIds, CancellationToken cancellationToken)
    {
        var rows = await db.Set<AgendaItemConflict>().AsNoTracking().Where(c => itemIds.Contains(c.AgendaItemId)).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.AgendaItemId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<AgendaConflictView>)[.. g.OrderBy(r => r.MemberName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("da-DK"), false))
                .Select(r => new AgendaConflictView(r.MemberContentItemId, r.MemberName, r.Declared, r.Reason))]);
    }

    /// <summary>Flags the members whose register matches the items' applicants, and clears flags that no longer match.</summary>
    public async Task SyncItemsAsync(IReadOnlyCollection<AgendaItem> items, CancellationToken cancellationToken)
    {
        var open = items.Where(i => i.Status is AgendaItemStatus.Queued or AgendaItemStatus.OnAgenda && i.Id > 0).ToList();
        if (open.Count == 0)
        {
            return;
        }

        var ids = open.Select(i => i.Id).ToList();
        var rows = await db.Set<AgendaItemConflict>().Where(c => ids.Contains(c.AgendaItemId)).ToListAsync(cancellationToken);
        var dates = await DatesAsync(open, cancellationToken);
        var byDate = new Dictionary<DateOnly, IReadOnlyList<CouncilMemberInfo>>();
        foreach (var item in open)
        {
            var date = dates[item.Id];
            if (!byDate.TryGetValue(date, out var current))
            {
                byDate[date] = current = await members.CurrentAsync(date, cancellationToken);
            }

            Sync(item, current, rows.Where(r => r.AgendaItemId == item.Id).ToList());
        }
    }

    /// <summary>After a member's register was saved (or the member unpublished): the flags of every undecided item.</summary>
    public async Task SyncAllOpenItemsAsync(CancellationToken cancellationToken)
    {
        var items = await db.Set<AgendaItem>().Where(i => i.Status == AgendaItemStatus.Queued || i.Status == AgendaItemStatus.OnAgenda).ToListAsync(cancellationToken);
        await SyncItemsAsync(items, cancellationToken);
    }

    /// <summary>Records a conflict the member declared on the item, in the member's words; replaces a flag from the register.</summary>
    public async Task<AgendaItemConflict> DeclareAsync(AgendaItem item, CouncilMemberInfo member, string reason, CancellationToken cancellationToken)
    {
        var row = await db.Set<AgendaItemConflict>().FirstOrDefaultAsync(c => c.AgendaItemId == item.Id && c.MemberContentItemId == member.ContentItemId, cancellationToken);
        if (row is null)
        {
            row = new AgendaItemConflict { AgendaItemId = item.Id, MemberContentItemId = member.ContentItemId };
            db.Set<AgendaItemConflict>().Add(row);
        }

        row.MemberName = member.Name;
        row.Declared = true;
        row.Reason = reason.Trim();
        row.RecordedUtc = clock.GetUtcNow().UtcDateTime;
        return row;
    }

    /// <summary>Withdraws a declared conflict; a match in the register flags the member again.</summary>
    public async Task<bool> WithdrawAsync(AgendaItem item, string memberContentItemId, CancellationToken cancellationToken)
    {
        var row = await db.Set<AgendaItemConflict>().FirstOrDefaultAsync(c => c.AgendaItemId == item.Id && c.MemberContentItemId == memberContentItemId && c.Declared, cancellationToken);
        if (row is null)
        {
            return false;
        }

        var registered = await members.CurrentAsync((await DatesAsync([item], cancellationToken))[item.Id], cancellationToken);
        if (registered.FirstOrDefault(m => m.ContentItemId == memberContentItemId) is { } member && Match(item, member.Interests) is { } interest)
        {
            // The row stays, now as the register's flag (one row per item and member).
            row.Declared = false;
            row.Reason = ReasonOf(interest);
            row.RecordedUtc = clock.GetUtcNow().UtcDateTime;
        }
        else
        {
            db.Set<AgendaItemConflict>().Remove(row);
        }

        return true;
    }

    /// <summary>
    /// The member's interest that the item's applicant is: by CVR number when both have one, else by name; null when none.
    /// </summary>
    public static MemberInterest? Match(AgendaItem item, IEnumerable<MemberInterest> interests)
    {
        var cvr = OrganisationNames.Cvr(item.ApplicantCvr);
        foreach (var interest in interests)
        {
            if (cvr is not null && interest.Cvr is not null)
            {
                if (cvr == interest.Cvr)
                {
                    return interest;
                }
            }
            else if (OrganisationNames.SameOrganisation(item.Applicant, interest.Name))
            {
                return interest;
            }
        }

        return null;
    }

    /// <summary>The date each item is decided on: its meeting's, or today for an item in the queue.</summary>
    private async Task<Dictionary<long, DateOnly>> DatesAsync(IReadOnlyCollection<AgendaItem> items, CancellationToken cancellationToken)
    {
        var meetingIds = items.Select(i => i.MeetingId).OfType<long>().Distinct().ToList();
        var meetingDates = meetingIds.Count == 0 ? [] : await db.Set<Meeting>().AsNoTracking()
            .Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Date, cancellationToken);
        var today = DateOnly.FromDateTime(siteTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        return items.ToDictionary(i => i.Id, i => i.MeetingId is { } id && meetingDates.TryGetValue(id, out var date) ? date : today);
    }

    private void Sync(AgendaItem item, IReadOnlyList<CouncilMemberInfo> registered, List<AgendaItemConflict> rows)
    {
        foreach (var member in registered)
        {
            var row = rows.FirstOrDefault(r => r.MemberContentItemId == member.ContentItemId);
            if (row is { Declared: true })
            {
                continue;
            }

            var interest = Match(item, member.Interests);
            if (interest is null)
            {
                if (row is not null)
                {
                    db.Set<AgendaItemConflict>().Remove(row);
                }
            }
            else if (row is null)
            {
                db.Set<AgendaItemConflict>().Add(Flag(item, member, interest));
            }
            else
            {
                row.MemberName = member.Name;
                row.Reason = ReasonOf(interest);
            }
        }

        // A member no longer on the council on that date (unpublished, or the term over) keeps only what the member declared.
        foreach (var gone in rows.Where(r => !r.Declared && registered.All(m => m.ContentItemId != r.MemberContentItemId)))
        {
            db.Set<AgendaItemConflict>().Remove(gone);
        }
    }

    private AgendaItemConflict Flag(AgendaItem item, CouncilMemberInfo member, MemberInterest interest) => new()
    {
        AgendaItemId = item.Id,
        MemberContentItemId = member.ContentItemId,
        MemberName = member.Name,
        Declared = false,
        Reason = ReasonOf(interest),
        RecordedUtc = clock.GetUtcNow().UtcDateTime,
    };

    private string ReasonOf(MemberInterest interest) => DanishText.Of(() => interest.Cvr is { } cvr
        ? T["Leads or represents {0} (CVR {1})", interest.Name, cvr].Value
        : T["Leads or represents {0}", interest.Name].Value);
}
