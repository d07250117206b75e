using System.Globalization;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Localization;
using Council.Meetings.Agenda;
using Council.Meetings.Data;
using Council.Meetings.Localization;
using Council.Meetings.Meetings;
using Council.Meetings.Members;
using Council.Meetings.Models;
using Council.Meetings.Schedule;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Council.Meetings.Controllers;

/// <summary>
/// What the meetings admin controllers share: finding a meeting, its row and its page (agenda, moves, attendance), the
/// meetings an item can move to, moving an item with its audit line, and the unit of work and audit entry of a change.
/// </summary>
public sealed class MeetingAdminPages(
    LtkDbContext db,
    MeetingPlanner planner,
    IAgendaRouting routing,
    ICouncilMembers members,
    IEnumerable<IAgendaItemSource> sources,
    AuditTrailService audit,
    SiteTimeZone siteTime,
    TimeProvider clock,
    IStringLocalizer<MeetingStrings> T)
{
    public const string AuditCategory = "Meetings";

    /// <summary>The meeting's page, shown again by every controller whose change on it was refused.</summary>
    public const string DetailView = "~/Areas/Admin/Views/MeetingsAdmin/Detail.cshtml";

    public DateOnly Today => MeetingCalendar.LocalDate(clock.GetUtcNow(), siteTime.Zone);

    public static string DetailUrl(long id) => "/admin/meetings/" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Half the current members, rounded up: the council can decide with at least that many present.</summary>
    public static int Quorum(int members) => (members + 1) / 2;

    public async Task<Meeting?> FindAsync(string id, CancellationToken cancellationToken) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var key) ? await planner.FindAsync(key, cancellationToken) : null;

    public string StatusText(MeetingStatus status) => status switch
    {
        MeetingStatus.Planned => T["Planned"],
        MeetingStatus.AgendaLocked => T["Agenda locked"],
        MeetingStatus.Held => T["Held"],
        MeetingStatus.MinutesApproved => T["Minutes approved"],
        MeetingStatus.Published => T["Minutes published"],
        MeetingStatus.Cancelled => T["Cancelled"],
        _ => status.ToString(),
    };

    public MeetingRow Row(Meeting m, int items) => new(
        m.Id,
        MeetingPlanner.DanishDate(m.Date),
        siteTime.ToLocal(m.StartsUtc).ToString("HH.mm", CultureInfo.InvariantCulture),
        m.Place,
        m.Status,
        StatusText(m.Status),
        MeetingPlanner.DanishDate(m.ItemDeadline),
        MeetingPlanner.DanishDate(m.AgendaDeadline),
        items);

    /// <summary>The coming planned meetings an item can be put on, but <paramref name="except"/>.</summary>
    public async Task<IReadOnlyList<MeetingChoice>> TargetsAsync(long? except, CancellationToken cancellationToken)
    {
        var today = Today;
        return [.. (await db.Set<Meeting>().AsNoTracking()
                .Where(m => m.Status == MeetingStatus.Planned && m.Date >= today && m.Id != (except ?? 0))
                .OrderBy(m => m.Date).ToListAsync(cancellationToken))
            .Select(m => new MeetingChoice(m.Id, MeetingPlanner.DanishDate(m.Date)))];
    }

    /// <summary>Where the module the item comes from shows it in the admin (the application's page).</summary>
    public async Task<string?> AdminUrlAsync(AgendaItem item, CancellationToken cancellationToken) =>
        sources.FirstOrDefault(s => s.Kind == item.Kind) is { } source
            ? (await source.DescribeAsync(item.SourceId, AgendaAudience.Members, cancellationToken))?.AdminUrl
            : null;

    public async Task<MeetingDetailViewModel> DetailModelAsync(Meeting meeting, string cancelReason, CancellationToken cancellationToken)
    {
        var items = await db.Set<AgendaItem>().AsNoTracking().Where(i => i.MeetingId == meeting.Id).OrderBy(i => i.Position).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        var rows = new List<AgendaRow>();
        foreach (var item in items)
        {
            rows.Add(new AgendaRow(item.Id, item.Position, item.Title, item.Applicant, item.Status, item.OutcomeText, await AdminUrlAsync(item, cancellationToken)));
        }

        var current = await members.CurrentAsync(meeting.Date, cancellationToken);
        var present = (await db.Set<MeetingAttendance>().AsNoTracking().Where(a => a.MeetingId == meeting.Id && a.Present).Select(a => a.MemberContentItemId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var attendance = current.Select(m => new AttendanceRow(m.ContentItemId, m.Name, m.Organisation, present.Contains(m.ContentItemId))).ToList();
        var open = meeting.Status is MeetingStatus.Planned or MeetingStatus.AgendaLocked;
        return new MeetingDetailViewModel(
            Row(meeting, items.Count),
            open,
            meeting.Status == MeetingStatus.AgendaLocked && clock.GetUtcNow().UtcDateTime < meeting.StartsUtc,
            rows,
            await MovesAsync(meeting, items, cancellationToken),
            attendance,
            attendance.Count(a => a.Present),
            Quorum(current.Count),
            await TargetsAsync(meeting.Id, cancellationToken),
            cancelReason);
    }

    /// <summary>
    /// A change the meeting's state refused: nothing of it kept, the message at <paramref name="key"/>, and the meeting's
    /// page model again (null when the meeting is gone).
    /// </summary>
    public async Task<MeetingDetailViewModel?> RefusedAsync(string id, ModelStateDictionary modelState, AgendaRoutingException ex, string? cancelReason, CancellationToken cancellationToken, string key = "")
    {
        db.ChangeTracker.Clear();
        modelState.AddModelError(key, ex.Message);
        return await FindAsync(id, cancellationToken) is { } meeting ? await DetailModelAsync(meeting, cancelReason ?? "", cancellationToken) : null;
    }

    /// <summary>
    /// Moves an item to a meeting or the queue for the reason given, with its audit line; the message for the user, or
    /// the refusal at its field in <paramref name="modelState"/> and null.
    /// </summary>
    public async Task<string?> MoveAsync(AgendaItem item, long? to, string? reason, string userName, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        var reasonKey = "Reason-" + item.Id;
        if (string.IsNullOrWhiteSpace(reason))
        {
            modelState.AddModelError(reasonKey, T["Give the reason for moving the item; it is kept with the item."]);
        }

        if (!modelState.IsValid)
        {
            return null;
        }

        try
        {
            var placement = await InUnitOfWorkAsync(async () =>
            {
                var placed = await routing.MoveAsync(item.Id, to, reason!, userName, cancellationToken);
                var where = placed.MeetingDate is { } date ? MeetingPlanner.DanishDate(date) : T["The queue"].Value;
                audit.Record(new AuditTrailEntry(AuditCategory, "ItemMoved", item.Id.ToString(CultureInfo.InvariantCulture), item.Title) { ObjectType = "AgendaItem", Comment = T["Moved to {0}: {1}", where, reason!.Trim()] });
                return placed;
            }, cancellationToken);
            return placement.MeetingDate is { } d
                ? T["\"{0}\" was moved to the meeting on {1}.", item.Title, MeetingPlanner.DanishDate(d)].Value
                : T["\"{0}\" was moved to the queue.", item.Title].Value;
        }
        catch (AgendaRoutingException ex)
        {
            db.ChangeTracker.Clear();
            modelState.AddModelError(to is null ? reasonKey : "Target-" + item.Id, ex.Message);
            return null;
        }
    }

    public async Task<TResult> InUnitOfWorkAsync<TResult>(Func<Task<TResult>> work, CancellationToken cancellationToken)
    {
        await using var unit = await db.BeginUnitOfWorkAsync(cancellationToken);
        var result = await work();
        await db.SaveChangesAsync(cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return result;
    }

    public void Audit(string eventName, Meeting meeting, string? comment) =>
        audit.Record(new AuditTrailEntry(AuditCategory, eventName, meeting.Id.ToString(CultureInfo.InvariantCulture), T["Meeting {0}", MeetingPlanner.DanishDate(meeting.Date)]) { ObjectType = "Meeting", Comment = comment });

    /// <summary>The latest moves onto, off and within the meeting, newest first.</summary>
    private async Task<IReadOnlyList<MoveLine>> MovesAsync(Meeting meeting, List<AgendaItem> items, CancellationToken cancellationToken)
    {
        var itemIds = items.Select(i => i.Id).ToList();
        var moves = await db.Set<AgendaItemMove>().AsNoTracking()
            .Where(m => itemIds.Contains(m.AgendaItemId) || m.FromMeetingId == meeting.Id || m.ToMeetingId == meeting.Id)
            .OrderByDescending(m => m.MovedUtc).ThenByDescending(m => m.Id).Take(200).ToListAsync(cancellationToken);
        var moved = moves.Select(m => m.AgendaItemId).Distinct().ToList();
        var titles = await db.Set<AgendaItem>().AsNoTracking().Where(i => moved.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title, cancellationToken);
        var meetingIds = moves.SelectMany(m => new[] { m.FromMeetingId, m.ToMeetingId }).OfType<long>().Distinct().ToList();
        var dates = await db.Set<Meeting>().AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Date, cancellationToken);
        string Where(long? id) => id is { } key && dates.TryGetValue(key, out var date) ? MeetingPlanner.DanishDate(date) : T["The queue"].Value;
        return [.. moves.Select(m => new MoveLine(siteTime.FormatDateTime(m.MovedUtc), titles.GetValueOrDefault(m.AgendaItemId, ""), Where(m.FromMeetingId), Where(m.ToMeetingId), m.Reason, m.UserName.Length > 0 ? m.UserName : T["the system"].Value))];
    }
}
