using System.Globalization;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Core.Events;
using Cms.Core.Localization;
using Council.Meetings.Agenda;
using Council.Meetings.Data;
using Council.Meetings.Localization;
using Council.Meetings.Schedule;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Council.Meetings.Meetings;

/// <summary>
/// Plans, changes, cancels and locks meetings and orders their agendas. Changes join the caller's unit of work; planning
/// saves the meeting once (the queued items it takes need its id), so callers wrap it in a unit of work.
/// </summary>
public sealed class MeetingPlanner(
    LtkDbContext db,
    IAgendaRouting routing,
    IEventPublisher events,
    PageCacheEviction eviction,
    SiteTimeZone siteTime,
    TimeProvider clock,
    IStringLocalizer<MeetingStrings> T)
{
    /// <summary>The tag of every cached public page that shows meetings (the calendar, the iCalendar feed, agendas).</summary>
    public const string CacheTag = "meetings";

    public static string DanishDate(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>The default deadlines for a meeting on <paramref name="date"/>, from the settings' days.</summary>
    public static (DateOnly Item, DateOnly Agenda) DefaultDeadlines(DateOnly date, MeetingScheduleSettings settings) =>
        (date.AddDays(-Math.Max(0, settings.ItemDeadlineDays)), date.AddDays(-Math.Max(0, settings.AgendaDeadlineDays)));

    public Task<Meeting?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.Set<Meeting>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    /// <summary>The meeting on that date that is not cancelled, if any (one meeting a day).</summary>
    public Task<Meeting?> OnDateAsync(DateOnly date, long? except, CancellationToken cancellationToken) =>
        db.Set<Meeting>().FirstOrDefaultAsync(m => m.Date == date && m.Status != MeetingStatus.Cancelled && m.Id != (except ?? 0), cancellationToken);

    /// <summary>
    /// Stores a new meeting, then puts on it the queued items that were ready by its item deadline, oldest first, each
    /// with the recorded move "the meeting was planned". Returns how many items it took.
    /// </summary>
    public async Task<(Meeting Meeting, int Taken)> PlanAsync(MeetingPlan plan, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var meeting = new Meeting { CreatedUtc = now };
        Apply(meeting, plan);
        db.Set<Meeting>().Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        var taken = await TakeQueuedAsync(meeting, cancellationToken);
        eviction.Evict(CacheTag);
        return (meeting, taken);
    }

    /// <summary>Changes a meeting's date, time, place or deadlines; the items on it follow a new date.</summary>
    public async Task UpdateAsync(Meeting meeting, MeetingPlan plan, CancellationToken cancellationToken)
    {
        var before = meeting.Date;
        Apply(meeting, plan);
        if (before != meeting.Date)
        {
            var reason = T["The meeting was moved from {0} to {1}.", DanishDate(before), DanishDate(meeting.Date)].Value;
            foreach (var item in await ItemsAsync(meeting.Id, cancellationToken))
            {
                await events.PublishAsync(new AgendaItemRouted(item.Kind, item.SourceId, meeting.Id, meeting.Date, item.Status, reason), cancellationToken);
            }
        }

        if (meeting.Status == MeetingStatus.Planned)
        {
            await TakeQueuedAsync(meeting, cancellationToken);
        }

        eviction.Evict(CacheTag);
    }

    /// <summary>
    /// Cancels a meeting: each undecided item moves to the next planned meeting that can take it, else to the queue, each
    /// move recorded with the reason. Returns how many items moved.
    /// </summary>
    public async Task<int> CancelAsync(Meeting meeting, string reason, string userName, CancellationToken cancellationToken)
    {
        if (meeting.Status is not (MeetingStatus.Planned or MeetingStatus.AgendaLocked))
        {
            throw new AgendaRoutingException(T["Only a planned meeting can be cancelled; this one has been held."]);
        }

        meeting.Status = MeetingStatus.Cancelled;
        Touch(meeting);
        var why = T["The meeting on {0} was cancelled: {1}", DanishDate(meeting.Date), reason.Trim()].Value;
        var today = MeetingCalendar.LocalDate(clock.GetUtcNow(), siteTime.Zone);
        var moved = 0;
        foreach (var item in (await ItemsAsync(meeting.Id, cancellationToken)).Where(i => i.Status == AgendaItemStatus.OnAgenda).OrderBy(i => i.Position))
        {
            var ready = LocalDate(item.ReadyUtc);
            var next = await db.Set<Meeting>()
                .Where(m => m.Id != meeting.Id && m.Status == MeetingStatus.Planned && m.Date >= today && m.ItemDeadline >= ready)
                .OrderBy(m => m.Date).ThenBy(m => m.StartsUtc)
                .Select(m => (long?)m.Id)
                .FirstOrDefaultAsync(cancellationToken);
            await routing.MoveAsync(item.Id, next, why, userName, cancellationToken);
            moved++;
        }

        eviction.Evict(CacheTag);
        return moved;
    }

    /// <summary>Locks the agenda (it goes out to the members): routing and moves skip the meeting until it is unlocked.</summary>
    public void Lock(Meeting meeting)
    {
        if (meeting.Status != MeetingStatus.Planned)
        {
            throw new AgendaRoutingException(T["Only a planned meeting's agenda can be locked."]);
        }

        meeting.Status = MeetingStatus.AgendaLocked;
        Touch(meeting);
        eviction.Evict(CacheTag);
    }

    /// <summary>Opens a locked agenda again, while the meeting has not yet begun.</summary>
    public void Unlock(Meeting meeting)
    {
        if (meeting.Status != MeetingStatus.AgendaLocked || clock.GetUtcNow().UtcDateTime >= meeting.StartsUtc)
        {
            throw new AgendaRoutingException(T["The agenda can be unlocked only while it is locked and before the meeting begins."]);
        }

        meeting.Status = MeetingStatus.Planned;
        Touch(meeting);
        eviction.Evict(CacheTag);
    }

    /// <summary>Moves an item one place up or down the agenda (the items are numbered 1, 2, … again).</summary>
    public async Task<bool> ReorderAsync(Meeting meeting, long agendaItemId, bool up, CancellationToken cancellationToken)
    {
        if (meeting.Status is not (MeetingStatus.Planned or MeetingStatus.AgendaLocked))
        {
            throw new AgendaRoutingException(T["The agenda of a meeting that has been held can no longer be reordered."]);
        }

        var items = (await ItemsAsync(meeting.Id, cancellationToken)).OrderBy(i => i.Position).ThenBy(i => i.Id).ToList();
        var index = items.FindIndex(i => i.Id == agendaItemId);
        if (index < 0)
        {
            return false;
        }

        var other = up ? index - 1 : index + 1;
        if (other >= 0 && other < items.Count)
        {
            (items[index], items[other]) = (items[other], items[index]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Position != i + 1)
            {
                items[i].Position = i + 1;
                items[i].ModifiedUtc = now;
                items[i].ConcurrencyStamp = Guid.NewGuid();
            }
        }

        eviction.Evict(CacheTag);
        return true;
    }

    /// <summary>The queued items ready by the meeting's item deadline, oldest first, put on it.</summary>
    private async Task<int> TakeQueuedAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var queued = await db.Set<AgendaItem>()
            .Where(i => i.MeetingId == null && i.Status == AgendaItemStatus.Queued)
            .OrderBy(i => i.ReadyUtc).ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);
        var taken = 0;
        var reason = T["The meeting was planned"].Value;
        foreach (var item in queued.Where(i => LocalDate(i.ReadyUtc) <= meeting.ItemDeadline))
        {
            await routing.MoveAsync(item.Id, meeting.Id, reason, "", cancellationToken);
            taken++;
        }

        return taken;
    }

    private Task<List<AgendaItem>> ItemsAsync(long meetingId, CancellationToken cancellationToken) =>
        db.Set<AgendaItem>().Where(i => i.MeetingId == meetingId).ToListAsync(cancellationToken);

    private void Apply(Meeting meeting, MeetingPlan plan)
    {
        meeting.Date = plan.Date;
        meeting.StartsUtc = siteTime.ToUtc(plan.Date.ToDateTime(plan.Time));
        meeting.Place = plan.Place.Trim();
        meeting.ItemDeadline = plan.ItemDeadline;
        meeting.AgendaDeadline = plan.AgendaDeadline;
        Touch(meeting);
    }

    private void Touch(Meeting meeting)
    {
        meeting.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        meeting.ConcurrencyStamp = Guid.NewGuid();
    }

    private DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(siteTime.ToLocal(utc));
}
