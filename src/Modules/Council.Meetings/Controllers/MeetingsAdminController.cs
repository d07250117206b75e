using System.Globalization;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Core.Security;
using Cms.Core.Settings;
using Council.Meetings.Agenda;
using Council.Meetings.Data;
using Council.Meetings.Localization;
using Council.Meetings.Meetings;
using Council.Meetings.Members;
using Council.Meetings.Schedule;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Council.Meetings.Controllers;

/// <summary>
/// The secretariat's meetings (<c>/admin/meetings</c>): the year's meetings and planning one, a meeting's agenda (order,
/// moves with reasons, attendance and quorum), cancelling and locking, and the queue of items waiting for a meeting.
/// Every change is audit-logged; a refused change shows the DKFDS error summary with what was typed kept.
/// </summary>
[Area("Admin")]
[Route("/admin/meetings")]
[RequirePermission(nameof(Permissions.ManageMeetings))]
public sealed class MeetingsAdminController(
    LtkDbContext db,
    MeetingPlanner planner,
    IAgendaRouting routing,
    ICouncilMembers members,
    IEnumerable<IAgendaItemSource> sources,
    SiteSettingsService settings,
    AuditTrailService audit,
    SiteTimeZone siteTime,
    TimeProvider clock,
    IStringLocalizer<MeetingStrings> T) : Controller
{
    public const string AuditCategory = "Meetings";

    private const string DetailView = "Detail";

    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, CancellationToken cancellationToken) =>
        View(await ListAsync(year is >= 2000 and <= 2200 ? year.Value : Today.Year, new MeetingForm(), cancellationToken));

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Plan(MeetingForm form, [FromForm(Name = "Year")] int? year, CancellationToken cancellationToken)
    {
        var plan = await ReadAsync(form, null, cancellationToken);
        if (plan is null)
        {
            // The year the secretariat was looking at stays on the page.
            var shown = TryDate(form.Date)?.Year ?? (year is >= 2000 and <= 2200 ? year.Value : Today.Year);
            return View(nameof(Index), await ListAsync(shown, form, cancellationToken));
        }

        var (meeting, taken) = await InUnitOfWorkAsync(async () =>
        {
            var planned = await planner.PlanAsync(plan, cancellationToken);
            Audit("Planned", planned.Meeting, T["Planned for {0} at {1}, {2}; {3} waiting items put on its agenda.", MeetingPlanner.DanishDate(plan.Date), TimeText(plan.Time), plan.Place, planned.Taken]);
            return planned;
        }, cancellationToken);
        TempData["Message"] = T["The meeting on {0} was planned; {1} waiting items were put on its agenda.", MeetingPlanner.DanishDate(meeting.Date), taken].Value;
        return Redirect(DetailUrl(meeting.Id));
    }

    [HttpGet("queue")]
    public async Task<IActionResult> Queue(CancellationToken cancellationToken) => View(await QueueModelAsync(cancellationToken));

    [HttpPost("queue/{agendaItemId}")]
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

        if (await TryMoveAsync(item, target, reason, "Reason-" + item.Id, cancellationToken))
        {
            return Redirect("/admin/meetings/queue");
        }

        return View(nameof(Queue), await QueueModelAsync(cancellationToken));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Detail(string id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) is { } meeting ? View(await DetailModelAsync(meeting, "", cancellationToken)) : NotFound();

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } meeting)
        {
            return NotFound();
        }

        var local = siteTime.ToLocal(meeting.StartsUtc);
        return View(await EditModelAsync(meeting, new MeetingForm
        {
            Date = MeetingPlanner.DanishDate(meeting.Date),
            Time = local.ToString("HH.mm", CultureInfo.InvariantCulture),
            Place = meeting.Place,
            ItemDeadline = MeetingPlanner.DanishDate(meeting.ItemDeadline),
            AgendaDeadline = MeetingPlanner.DanishDate(meeting.AgendaDeadline),
        }, cancellationToken));
    }

    [HttpPost("{id}/edit")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(string id, MeetingForm form, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } meeting)
        {
            return NotFound();
        }

        if (meeting.Status is not (MeetingStatus.Planned or MeetingStatus.AgendaLocked))
        {
            ModelState.AddModelError("", T["A meeting that has been held or cancelled can no longer be changed."]);
        }

        var plan = await ReadAsync(form, meeting.Id, cancellationToken);
        if (plan is null || !ModelState.IsValid)
        {
            return View(nameof(Edit), await EditModelAsync(meeting, form, cancellationToken));
        }

        var before = Describe(meeting);
        await InUnitOfWorkAsync(async () =>
        {
            await planner.UpdateAsync(meeting, plan, cancellationToken);
            Audit("Changed", meeting, before + " → " + Describe(meeting));
            return true;
        }, cancellationToken);
        TempData["Message"] = T["The meeting on {0} was saved.", MeetingPlanner.DanishDate(meeting.Date)].Value;
        return Redirect(DetailUrl(meeting.Id));
    }

    [HttpPost("{id}/cancel")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Cancel(string id, [FromForm(Name = "CancelReason")] string? reason, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } meeting)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            ModelState.AddModelError("CancelReason", T["Give the reason for cancelling the meeting; it is kept with each item that moves."]);
            return View(DetailView, await DetailModelAsync(meeting, reason ?? "", cancellationToken));
        }

        try
        {
            var moved = await InUnitOfWorkAsync(async () =>
            {
                var count = await planner.CancelAsync(meeting, reason, UserName, cancellationToken);
                Audit("Cancelled", meeting, T["Cancelled: {0}; {1} items moved.", reason.Trim(), count]);
                return count;
            }, cancellationToken);
            TempData["Message"] = T["The meeting on {0} was cancelled; {1} items were moved.", MeetingPlanner.DanishDate(meeting.Date), moved].Value;
            return Redirect(DetailUrl(meeting.Id));
        }
        catch (AgendaRoutingException ex)
        {
            return await RefusedAsync(id, "", ex, reason, cancellationToken);
        }
    }

    [HttpPost("{id}/lock")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Lock(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "AgendaLocked", m => planner.Lock(m), T["The agenda of the meeting on {0} is locked: no more items join it."], cancellationToken);

    [HttpPost("{id}/unlock")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Unlock(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "AgendaUnlocked", m => planner.Unlock(m), T["The agenda of the meeting on {0} is open again."], cancellationToken);

    [HttpPost("{id}/items/{agendaItemId}/up")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Up(string id, string agendaItemId, CancellationToken cancellationToken) => ReorderAsync(id, agendaItemId, up: true, cancellationToken);

    [HttpPost("{id}/items/{agendaItemId}/down")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Down(string id, string agendaItemId, CancellationToken cancellationToken) => ReorderAsync(id, agendaItemId, up: false, cancellationToken);

    [HttpPost("{id}/items/{agendaItemId}/move")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Move(string id, string agendaItemId, [FromForm(Name = "Target")] string? target, [FromForm(Name = "Reason")] string? reason, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } meeting
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

        return await TryMoveAsync(item, to, reason, "Reason-" + item.Id, cancellationToken)
            ? Redirect(DetailUrl(meeting.Id))
            : View(DetailView, await DetailModelAsync(meeting, "", cancellationToken));
    }

    [HttpPost("{id}/attendance")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Attendance(string id, [FromForm(Name = "Present")] string[]? present, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } meeting)
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
        Audit("Attendance", meeting, T["{0} of {1} members present.", count, current.Count]);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = T["The attendance was saved: {0} of {1} members present.", count, current.Count].Value;
        return Redirect(DetailUrl(meeting.Id) + "#attendance");
    }

    private DateOnly Today => MeetingCalendar.LocalDate(clock.GetUtcNow(), siteTime.Zone);

    private string UserName => AuditTrailService.UserNameOf(HttpContext);

    private static string DetailUrl(long id) => "/admin/meetings/" + id.ToString(CultureInfo.InvariantCulture);

    private static string TimeText(TimeOnly time) => time.ToString("HH.mm", CultureInfo.InvariantCulture);

    private static DateOnly? TryDate(string? text) =>
        DateOnly.TryParseExact((text ?? "").Trim(), ["d.M.yyyy", "d-M-yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static TimeOnly? TryTime(string? text) =>
        TimeOnly.TryParseExact((text ?? "").Trim(), ["H.mm", "HH.mm", "H:mm", "HH:mm", "%H", "HH"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    private async Task<Meeting?> FindAsync(string id, CancellationToken cancellationToken) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var key) ? await planner.FindAsync(key, cancellationToken) : null;

    /// <summary>Reads the form into a plan, or adds a message at each field that is wrong and returns null.</summary>
    private async Task<MeetingPlan?> ReadAsync(MeetingForm form, long? existing, CancellationToken cancellationToken)
    {
        var defaults = await settings.GetSectionAsync<MeetingScheduleSettings>(cancellationToken);
        var date = TryDate(form.Date);
        if (date is null)
        {
            ModelState.AddModelError(nameof(MeetingForm.Date), T["Give the meeting's date as day.month.year, e.g. 04.03.2027."]);
        }
        else if (existing is null && date < Today)
        {
            ModelState.AddModelError(nameof(MeetingForm.Date), T["The date {0} has passed; plan a coming meeting.", MeetingPlanner.DanishDate(date.Value)]);
        }
        else if (await planner.OnDateAsync(date.Value, existing, cancellationToken) is not null)
        {
            ModelState.AddModelError(nameof(MeetingForm.Date), T["There is already a meeting on {0}; change that one instead.", MeetingPlanner.DanishDate(date.Value)]);
        }

        var time = TryTime(form.Time);
        if (time is null)
        {
            ModelState.AddModelError(nameof(MeetingForm.Time), T["Give the time the meeting begins as hours.minutes, e.g. 17.00."]);
        }

        var place = (form.Place ?? "").Trim();
        if (place.Length is 0 or > 300)
        {
            ModelState.AddModelError(nameof(MeetingForm.Place), T["Give the place of the meeting (at most 300 characters), e.g. Lyngby Rådhus, mødelokale 1."]);
        }

        var (itemDefault, agendaDefault) = date is { } d ? MeetingPlanner.DefaultDeadlines(d, defaults) : (default, default);
        var item = Deadline(form.ItemDeadline, nameof(MeetingForm.ItemDeadline), itemDefault, date,
            T["Give the item deadline as day.month.year, e.g. 18.02.2027, or leave it empty for {0} days before the meeting.", defaults.ItemDeadlineDays]);
        var agenda = Deadline(form.AgendaDeadline, nameof(MeetingForm.AgendaDeadline), agendaDefault, date,
            T["Give the agenda deadline as day.month.year, e.g. 25.02.2027, or leave it empty for {0} days before the meeting.", defaults.AgendaDeadlineDays]);
        if (item is { } i && agenda is { } a && i > a)
        {
            ModelState.AddModelError(nameof(MeetingForm.ItemDeadline), T["The item deadline comes on or before the agenda deadline: the items are in before the agenda goes out."]);
        }

        return ModelState.IsValid && date is not null && time is not null && item is not null && agenda is not null
            ? new MeetingPlan(date.Value, time.Value, place, item.Value, agenda.Value)
            : null;
    }

    private DateOnly? Deadline(string? text, string key, DateOnly fallback, DateOnly? meeting, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return meeting is null ? null : fallback;
        }

        if (TryDate(text) is not { } date)
        {
            ModelState.AddModelError(key, message);
            return null;
        }

        if (meeting is { } m && date > m)
        {
            ModelState.AddModelError(key, T["The deadline {0} is after the meeting; give a date on or before {1}.", MeetingPlanner.DanishDate(date), MeetingPlanner.DanishDate(m)]);
            return null;
        }

        return date;
    }

    private async Task<bool> TryMoveAsync(AgendaItem item, long? to, string? reason, string reasonKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            ModelState.AddModelError(reasonKey, T["Give the reason for moving the item; it is kept with the item."]);
        }

        if (!ModelState.IsValid)
        {
            return false;
        }

        try
        {
            var placement = await InUnitOfWorkAsync(async () =>
            {
                var placed = await routing.MoveAsync(item.Id, to, reason!, UserName, cancellationToken);
                var where = placed.MeetingDate is { } date ? MeetingPlanner.DanishDate(date) : T["The queue"].Value;
                audit.Record(new AuditTrailEntry(AuditCategory, "ItemMoved", item.Id.ToString(CultureInfo.InvariantCulture), item.Title) { ObjectType = "AgendaItem", Comment = T["Moved to {0}: {1}", where, reason!.Trim()] });
                return placed;
            }, cancellationToken);
            TempData["Message"] = placement.MeetingDate is { } d
                ? T["\"{0}\" was moved to the meeting on {1}.", item.Title, MeetingPlanner.DanishDate(d)].Value
                : T["\"{0}\" was moved to the queue.", item.Title].Value;
            return true;
        }
        catch (AgendaRoutingException ex)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(to is null ? reasonKey : "Target-" + item.Id, ex.Message);
            return false;
        }
    }

    private async Task<IActionResult> ChangeAsync(string id, string eventName, Action<Meeting> change, LocalizedString message, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } meeting)
        {
            return NotFound();
        }

        try
        {
            change(meeting);
        }
        catch (AgendaRoutingException ex)
        {
            return await RefusedAsync(id, "", ex, "", cancellationToken);
        }

        Audit(eventName, meeting, null);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = string.Format(CultureInfo.InvariantCulture, message.Value, MeetingPlanner.DanishDate(meeting.Date));
        return Redirect(DetailUrl(meeting.Id));
    }

    private async Task<IActionResult> ReorderAsync(string id, string agendaItemId, bool up, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } meeting || !long.TryParse(agendaItemId, CultureInfo.InvariantCulture, out var itemId))
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
            return await RefusedAsync(id, "", ex, "", cancellationToken);
        }

        Audit(up ? "ItemMovedUp" : "ItemMovedDown", meeting, agendaItemId);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(DetailUrl(meeting.Id) + "#agenda");
    }

    /// <summary>A change the meeting's state refuses: nothing kept, the meeting's page again with the message.</summary>
    private async Task<IActionResult> RefusedAsync(string id, string key, AgendaRoutingException ex, string? cancelReason, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        ModelState.AddModelError(key, ex.Message);
        var meeting = await FindAsync(id, cancellationToken);
        return meeting is null ? NotFound() : View(DetailView, await DetailModelAsync(meeting, cancelReason ?? "", cancellationToken));
    }

    private async Task<TResult> InUnitOfWorkAsync<TResult>(Func<Task<TResult>> work, CancellationToken cancellationToken)
    {
        await using var unit = await db.BeginUnitOfWorkAsync(cancellationToken);
        var result = await work();
        await db.SaveChangesAsync(cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return result;
    }

    private void Audit(string eventName, Meeting meeting, string? comment) =>
        audit.Record(new AuditTrailEntry(AuditCategory, eventName, meeting.Id.ToString(CultureInfo.InvariantCulture), T["Meeting {0}", MeetingPlanner.DanishDate(meeting.Date)]) { ObjectType = "Meeting", Comment = comment });

    private string Describe(Meeting meeting) =>
        $"{MeetingPlanner.DanishDate(meeting.Date)} {siteTime.ToLocal(meeting.StartsUtc):HH.mm}, {meeting.Place} ({MeetingPlanner.DanishDate(meeting.ItemDeadline)}/{MeetingPlanner.DanishDate(meeting.AgendaDeadline)})";

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

    private MeetingRow Row(Meeting m, int items) => new(
        m.Id,
        MeetingPlanner.DanishDate(m.Date),
        siteTime.ToLocal(m.StartsUtc).ToString("HH.mm", CultureInfo.InvariantCulture),
        m.Place,
        m.Status,
        StatusText(m.Status),
        MeetingPlanner.DanishDate(m.ItemDeadline),
        MeetingPlanner.DanishDate(m.AgendaDeadline),
        items);

    private async Task<MeetingListViewModel> ListAsync(int year, MeetingForm form, CancellationToken cancellationToken)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var meetings = await db.Set<Meeting>().AsNoTracking().Where(m => m.Date >= from && m.Date <= to).OrderBy(m => m.Date).ToListAsync(cancellationToken);
        var ids = meetings.Select(m => m.Id).ToList();
        var counts = await db.Set<AgendaItem>().AsNoTracking().Where(i => i.MeetingId != null && ids.Contains(i.MeetingId.Value))
            .GroupBy(i => i.MeetingId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var years = (await db.Set<Meeting>().AsNoTracking().Select(m => m.Date.Year).Distinct().ToListAsync(cancellationToken))
            .Append(Today.Year).Append(Today.Year + 1).Append(year).Distinct().Order().ToList();
        var defaults = await settings.GetSectionAsync<MeetingScheduleSettings>(cancellationToken);
        var queued = await db.Set<AgendaItem>().CountAsync(i => i.MeetingId == null && i.Status == AgendaItemStatus.Queued, cancellationToken);
        return new MeetingListViewModel(year, years, [.. meetings.Select(m => Row(m, counts.GetValueOrDefault(m.Id)))], form, defaults.ItemDeadlineDays, defaults.AgendaDeadlineDays, queued);
    }

    private async Task<MeetingEditViewModel> EditModelAsync(Meeting meeting, MeetingForm form, CancellationToken cancellationToken)
    {
        var defaults = await settings.GetSectionAsync<MeetingScheduleSettings>(cancellationToken);
        return new MeetingEditViewModel(Row(meeting, 0), form, defaults.ItemDeadlineDays, defaults.AgendaDeadlineDays);
    }

    private async Task<IReadOnlyList<MeetingChoice>> TargetsAsync(long? except, CancellationToken cancellationToken)
    {
        var today = Today;
        return [.. (await db.Set<Meeting>().AsNoTracking()
                .Where(m => m.Status == MeetingStatus.Planned && m.Date >= today && m.Id != (except ?? 0))
                .OrderBy(m => m.Date).ToListAsync(cancellationToken))
            .Select(m => new MeetingChoice(m.Id, MeetingPlanner.DanishDate(m.Date)))];
    }

    private async Task<string?> AdminUrlAsync(AgendaItem item, CancellationToken cancellationToken) =>
        sources.FirstOrDefault(s => s.Kind == item.Kind) is { } source
            ? (await source.DescribeAsync(item.SourceId, AgendaAudience.Members, cancellationToken))?.AdminUrl
            : null;

    private async Task<MeetingDetailViewModel> DetailModelAsync(Meeting meeting, string cancelReason, CancellationToken cancellationToken)
    {
        var items = await db.Set<AgendaItem>().AsNoTracking().Where(i => i.MeetingId == meeting.Id).OrderBy(i => i.Position).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        var rows = new List<AgendaRow>();
        foreach (var item in items)
        {
            rows.Add(new AgendaRow(item.Id, item.Position, item.Title, item.Applicant, item.Status, item.OutcomeText, await AdminUrlAsync(item, cancellationToken)));
        }

        var itemIds = items.Select(i => i.Id).ToList();
        var moves = await db.Set<AgendaItemMove>().AsNoTracking()
            .Where(m => itemIds.Contains(m.AgendaItemId) || m.FromMeetingId == meeting.Id || m.ToMeetingId == meeting.Id)
            .OrderByDescending(m => m.MovedUtc).ThenByDescending(m => m.Id).Take(200).ToListAsync(cancellationToken);
        var moved = moves.Select(m => m.AgendaItemId).Distinct().ToList();
        var titles = await db.Set<AgendaItem>().AsNoTracking().Where(i => moved.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title, cancellationToken);
        var meetingIds = moves.SelectMany(m => new[] { m.FromMeetingId, m.ToMeetingId }).OfType<long>().Distinct().ToList();
        var dates = await db.Set<Meeting>().AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Date, cancellationToken);
        string Where(long? id) => id is { } key && dates.TryGetValue(key, out var date) ? MeetingPlanner.DanishDate(date) : T["The queue"].Value;
        var lines = moves.Select(m => new MoveLine(siteTime.FormatDateTime(m.MovedUtc), titles.GetValueOrDefault(m.AgendaItemId, ""), Where(m.FromMeetingId), Where(m.ToMeetingId), m.Reason, m.UserName.Length > 0 ? m.UserName : T["the system"].Value)).ToList();

        var current = await members.CurrentAsync(meeting.Date, cancellationToken);
        var present = (await db.Set<MeetingAttendance>().AsNoTracking().Where(a => a.MeetingId == meeting.Id && a.Present).Select(a => a.MemberContentItemId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var attendance = current.Select(m => new AttendanceRow(m.ContentItemId, m.Name, m.Organisation, present.Contains(m.ContentItemId))).ToList();
        var open = meeting.Status is MeetingStatus.Planned or MeetingStatus.AgendaLocked;
        return new MeetingDetailViewModel(
            Row(meeting, items.Count),
            open,
            meeting.Status == MeetingStatus.AgendaLocked && clock.GetUtcNow().UtcDateTime < meeting.StartsUtc,
            rows,
            lines,
            attendance,
            attendance.Count(a => a.Present),
            Quorum(current.Count),
            await TargetsAsync(meeting.Id, cancellationToken),
            cancelReason);
    }

    /// <summary>Half the current members, rounded up: the council can decide with at least that many present.</summary>
    public static int Quorum(int members) => (members + 1) / 2;

    private async Task<QueueViewModel> QueueModelAsync(CancellationToken cancellationToken)
    {
        var items = await db.Set<AgendaItem>().AsNoTracking().Where(i => i.MeetingId == null && i.Status == AgendaItemStatus.Queued).OrderBy(i => i.ReadyUtc).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        var today = Today;
        var rows = new List<QueueRow>();
        foreach (var item in items)
        {
            var ready = DateOnly.FromDateTime(siteTime.ToLocal(item.ReadyUtc));
            rows.Add(new QueueRow(item.Id, item.Title, item.Applicant, MeetingPlanner.DanishDate(ready), today.DayNumber - ready.DayNumber, await AdminUrlAsync(item, cancellationToken)));
        }

        return new QueueViewModel(rows, await TargetsAsync(null, cancellationToken));
    }
}
