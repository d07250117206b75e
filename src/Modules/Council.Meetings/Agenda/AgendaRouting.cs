using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Core.Events;
using Cms.Core.Localization;
using Council.Meetings.Data;
using Council.Meetings.Localization;
using Council.Meetings.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Council.Meetings.Agenda;

/// <summary>
/// Routes items to the first coming meeting that can take them. Changes are added to the caller's unit of work and
/// saved with it; an item is never routed twice (one row per kind and source).
/// </summary>
public sealed class AgendaRouting(
    LtkDbContext db,
    IEventPublisher events,
    PageCacheEviction eviction,
    SiteTimeZone siteTime,
    TimeProvider clock,
    IStringLocalizer<MeetingStrings> T) : IAgendaRouting
{
    public async Task<AgendaPlacement> EnqueueAsync(AgendaItemRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var item = await FindAsync(request.Kind, request.SourceId, cancellationToken);
        if (item is null)
        {
            item = new AgendaItem
            {
                Kind = request.Kind,
                SourceId = request.SourceId,
                Title = request.Title,
                Applicant = request.Applicant,
                ApplicantCvr = string.IsNullOrWhiteSpace(request.ApplicantCvr) ? null : request.ApplicantCvr.Trim(),
                Parties = [.. PartyRows(request.Parties)],
            };
            db.Set<AgendaItem>().Add(item);
        }
        else if (item.Status != AgendaItemStatus.Withdrawn)
        {
            return await PlacementAsync(item, cancellationToken);
        }
        else
        {
            // A withdrawn item marked ready again is routed afresh, as a new item would be.
            item.Outcome = AgendaItemOutcome.None;
            item.OutcomeText = "";
        }

        item.ReadyUtc = request.ReadyUtc.UtcDateTime;
        item.ModifiedUtc = now;
        item.ConcurrencyStamp = Guid.NewGuid();
        var readyLocal = DateOnly.FromDateTime(siteTime.ToLocal(request.ReadyUtc).DateTime);
        var meeting = await FirstMeetingForAsync(readyLocal, cancellationToken);
        await PlaceAsync(item, meeting, cancellationToken);
        // The public agendas show the items: their cached pages go once this commits.
        eviction.Evict(MeetingPlanner.CacheTag);
        await events.PublishAsync(new AgendaItemRouted(item.Kind, item.SourceId, meeting?.Id, meeting?.Date, item.Status, ""), cancellationToken);
        return new AgendaPlacement(item.Id, meeting?.Id, meeting?.Date, item.Position, item.Status, item.Outcome);
    }

    public async Task<AgendaPlacement> UpdatePartiesAsync(string kind, string sourceId, IReadOnlyList<AgendaParty> parties, CancellationToken cancellationToken)
    {
        var item = await db.Set<AgendaItem>().Include(i => i.Parties).FirstOrDefaultAsync(i => i.Kind == kind && i.SourceId == sourceId, cancellationToken)
            ?? throw new AgendaRoutingException(T["The agenda item no longer exists."]);
        if (item.Status is AgendaItemStatus.Decided or AgendaItemStatus.Withdrawn)
        {
            throw new AgendaRoutingException(T["The item has been decided and can no longer be changed."]);
        }

        item.Parties.Clear();
        item.Parties.AddRange(PartyRows(parties));
        item.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        item.ConcurrencyStamp = Guid.NewGuid();
        var meeting = item.MeetingId is { } id ? await db.Set<Meeting>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) : null;
        eviction.Evict(MeetingPlanner.CacheTag);
        // The conflicts follow the parties as they follow a move.
        await events.PublishAsync(new AgendaItemRouted(item.Kind, item.SourceId, meeting?.Id, meeting?.Date, item.Status, ""), cancellationToken);
        return await PlacementAsync(item, cancellationToken);
    }

    private static IEnumerable<AgendaItemParty> PartyRows(IReadOnlyList<AgendaParty>? parties) =>
        (parties ?? []).Where(p => !string.IsNullOrWhiteSpace(p.Name)).Select(p => new AgendaItemParty
        {
            Name = p.Name.Trim(),
            Cvr = string.IsNullOrWhiteSpace(p.Cvr) ? null : p.Cvr.Trim(),
            Kind = p.Kind,
        });

    public async Task<AgendaPlacement?> GetPlacementAsync(string kind, string sourceId, CancellationToken cancellationToken) =>
        await FindAsync(kind, sourceId, cancellationToken) is { } item ? await PlacementAsync(item, cancellationToken) : null;

    public async Task<AgendaPlacement> MoveAsync(long agendaItemId, long? toMeetingId, string reason, string userName, CancellationToken cancellationToken)
    {
        var item = await db.Set<AgendaItem>().FirstOrDefaultAsync(i => i.Id == agendaItemId, cancellationToken)
            ?? throw new AgendaRoutingException(T["The agenda item no longer exists."]);
        if (item.Status is AgendaItemStatus.Decided or AgendaItemStatus.Withdrawn)
        {
            throw new AgendaRoutingException(T["The item has been decided and can no longer be moved."]);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new AgendaRoutingException(T["Give the reason for moving the item; it is kept with the item."]);
        }

        Meeting? target = null;
        if (toMeetingId is { } id)
        {
            target = await db.Set<Meeting>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken)
                ?? throw new AgendaRoutingException(T["The meeting no longer exists."]);
            if (target.Status != MeetingStatus.Planned)
            {
                throw new AgendaRoutingException(T["The meeting on {0} takes no more items: its agenda is locked or it has been held.", target.Date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)]);
            }
        }

        if (item.MeetingId == toMeetingId)
        {
            return await PlacementAsync(item, cancellationToken);
        }

        var from = item.MeetingId;
        await PlaceAsync(item, target, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        item.ModifiedUtc = now;
        item.ConcurrencyStamp = Guid.NewGuid();
        db.Set<AgendaItemMove>().Add(new AgendaItemMove { AgendaItemId = item.Id, FromMeetingId = from, ToMeetingId = toMeetingId, Reason = reason.Trim(), UserName = userName, MovedUtc = now });
        if (from is { } left)
        {
            await RenumberAsync(left, item.Id, now, cancellationToken);
        }

        eviction.Evict(MeetingPlanner.CacheTag);

        await events.PublishAsync(new AgendaItemRouted(item.Kind, item.SourceId, target?.Id, target?.Date, item.Status, reason.Trim()), cancellationToken);
        return new AgendaPlacement(item.Id, target?.Id, target?.Date, item.Position, item.Status, item.Outcome);
    }

    public async Task<AgendaPlacement?> WithdrawAsync(string kind, string sourceId, string reason, string userName, CancellationToken cancellationToken)
    {
        if (await FindAsync(kind, sourceId, cancellationToken) is not { } item)
        {
            return null;
        }

        if (item.Status == AgendaItemStatus.Withdrawn)
        {
            return await PlacementAsync(item, cancellationToken);
        }

        if (item.Status == AgendaItemStatus.Decided)
        {
            throw new AgendaRoutingException(T["The item has been decided and can no longer be changed."]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var from = item.MeetingId;
        db.Set<AgendaItemMove>().Add(new AgendaItemMove { AgendaItemId = item.Id, FromMeetingId = from, ToMeetingId = null, Reason = reason.Trim(), UserName = userName, MovedUtc = now });
        item.MeetingId = null;
        item.Position = 0;
        item.Status = AgendaItemStatus.Withdrawn;
        item.ModifiedUtc = now;
        item.ConcurrencyStamp = Guid.NewGuid();
        if (from is { } left)
        {
            await RenumberAsync(left, item.Id, now, cancellationToken);
        }

        eviction.Evict(MeetingPlanner.CacheTag);
        await events.PublishAsync(new AgendaItemRouted(item.Kind, item.SourceId, null, null, item.Status, reason.Trim()), cancellationToken);
        return new AgendaPlacement(item.Id, null, null, 0, item.Status, item.Outcome);
    }

    public async Task<AgendaPlacement> RecordOutcomeAsync(string kind, string sourceId, AgendaItemOutcome outcome, string outcomeText, CancellationToken cancellationToken)
    {
        var item = await FindAsync(kind, sourceId, cancellationToken)
            ?? throw new AgendaRoutingException(T["The item is on no agenda."]);
        if (item.MeetingId is null)
        {
            throw new AgendaRoutingException(T["The item is waiting for a meeting; it can be decided once it is on a meeting's agenda."]);
        }

        item.Outcome = outcome;
        item.OutcomeText = outcomeText;
        item.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        item.ConcurrencyStamp = Guid.NewGuid();
        eviction.Evict(MeetingPlanner.CacheTag);
        return await PlacementAsync(item, cancellationToken);
    }

    /// <summary>The first planned meeting on or after <paramref name="readyLocal"/> whose item deadline has not passed.</summary>
    private Task<Meeting?> FirstMeetingForAsync(DateOnly readyLocal, CancellationToken cancellationToken) =>
        db.Set<Meeting>()
            .Where(m => m.Status == MeetingStatus.Planned && m.ItemDeadline >= readyLocal && m.Date >= readyLocal)
            .OrderBy(m => m.Date)
            .ThenBy(m => m.StartsUtc)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task PlaceAsync(AgendaItem item, Meeting? meeting, CancellationToken cancellationToken)
    {
        item.Position = meeting is null ? 0 : await NextPositionAsync(meeting.Id, item, cancellationToken);
        item.MeetingId = meeting?.Id;
        item.Status = meeting is null ? AgendaItemStatus.Queued : AgendaItemStatus.OnAgenda;
    }

    /// <summary>The items left on a meeting an item moved away from are numbered 1, 2, … again, in their order.</summary>
    private async Task RenumberAsync(long meetingId, long movedId, DateTime now, CancellationToken cancellationToken)
    {
        // A held meeting keeps its numbers: they are the ones its minutes and decisions speak of (an item deferred at the
        // conclusion leaves a gap rather than renumbering the items decided after it).
        if (await db.Set<Meeting>().FindAsync([meetingId], cancellationToken) is not { Status: MeetingStatus.Planned or MeetingStatus.AgendaLocked })
        {
            return;
        }

        // Filtered on the tracked values: items moved away earlier in this unit of work still say otherwise in the database.
        var stored = await db.Set<AgendaItem>().Where(i => i.MeetingId == meetingId).ToListAsync(cancellationToken);
        var left = stored.Where(i => i.MeetingId == meetingId && i.Id != movedId).OrderBy(i => i.Position).ThenBy(i => i.Id).ToList();
        for (var i = 0; i < left.Count; i++)
        {
            if (left[i].Position != i + 1)
            {
                left[i].Position = i + 1;
                left[i].ModifiedUtc = now;
                left[i].ConcurrencyStamp = Guid.NewGuid();
            }
        }
    }

    /// <summary>The number after the meeting's last item, counting items added in this unit of work and not yet saved.</summary>
    private async Task<int> NextPositionAsync(long meetingId, AgendaItem placing, CancellationToken cancellationToken)
    {
        // The tracked values win: an item moved in or out earlier in this unit of work still says otherwise in the
        // database, and the item being placed never counts itself.
        var stored = await db.Set<AgendaItem>().AsNoTracking().Where(i => i.MeetingId == meetingId).Select(i => new { i.Id, i.Position }).ToListAsync(cancellationToken);
        var tracked = db.Set<AgendaItem>().Local.Where(i => !ReferenceEquals(i, placing)).ToList();
        var trackedIds = tracked.Select(i => i.Id).Where(id => id != 0).ToHashSet();
        return stored.Where(i => i.Id != placing.Id && !trackedIds.Contains(i.Id)).Select(i => i.Position)
            .Concat(tracked.Where(i => i.MeetingId == meetingId).Select(i => i.Position))
            .DefaultIfEmpty(0)
            .Max() + 1;
    }

    private async Task<AgendaItem?> FindAsync(string kind, string sourceId, CancellationToken cancellationToken) =>
        db.Set<AgendaItem>().Local.FirstOrDefault(i => i.Kind == kind && i.SourceId == sourceId)
        ?? await db.Set<AgendaItem>().FirstOrDefaultAsync(i => i.Kind == kind && i.SourceId == sourceId, cancellationToken);

    private async Task<AgendaPlacement> PlacementAsync(AgendaItem item, CancellationToken cancellationToken)
    {
        var date = item.MeetingId is { } id
            ? await db.Set<Meeting>().Where(m => m.Id == id).Select(m => (DateOnly?)m.Date).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new AgendaPlacement(item.Id, item.MeetingId, date, item.Position, item.Status, item.Outcome);
    }
}
