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
using Council.Meetings.Models;
using Council.Meetings.Schedule;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Council.Meetings.Controllers;

/// <summary>
/// The secretariat's meetings (<c>/admin/meetings</c>): the year's meetings and planning one, a meeting's page, changing
/// its date, time, place and deadlines, and cancelling it. The agenda is ordered and moved by
/// <see cref="AgendaAdminController"/>, the queue is <see cref="MeetingQueueAdminController"/>'s and attendance
/// <see cref="AttendanceAdminController"/>'s. Every change is audit-logged; a refused change shows the DKFDS error
/// summary with what was typed kept.
/// </summary>
[Area("Admin")]
[Route("/admin/meetings")]
[RequirePermission(nameof(Permissions.ManageMeetings))]
public sealed class MeetingsAdminController(
    LtkDbContext db,
    MeetingPlanner planner,
    MeetingAdminPages pages,
    SiteSettingsService settings,
    SiteTimeZone siteTime,
    IStringLocalizer<MeetingStrings> T) : Controller
{
    public const string AuditCategory = MeetingAdminPages.AuditCategory;

    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, CancellationToken cancellationToken) =>
        View(await ListAsync(year is >= 2000 and <= 2200 ? year.Value : pages.Today.Year, new MeetingForm(), cancellationToken));

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Plan(MeetingForm form, [FromForm(Name = "Year")] int? year, CancellationToken cancellationToken)
    {
        var plan = await ReadAsync(form, null, cancellationToken);
        if (plan is null)
        {
            // The year the secretariat was looking at stays on the page.
            var shown = TryDate(form.Date)?.Year ?? (year is >= 2000 and <= 2200 ? year.Value : pages.Today.Year);
            return View(nameof(Index), await ListAsync(shown, form, cancellationToken));
        }

        var (meeting, taken) = await pages.InUnitOfWorkAsync(async () =>
        {
            var planned = await planner.PlanAsync(plan, cancellationToken);
            pages.Audit("Planned", planned.Meeting, T["Planned for {0} at {1}, {2}; {3} waiting items put on its agenda.", MeetingPlanner.DanishDate(plan.Date), TimeText(plan.Time), plan.Place, planned.Taken]);
            return planned;
        }, cancellationToken);
        TempData["Message"] = T["The meeting on {0} was planned; {1} waiting items were put on its agenda.", MeetingPlanner.DanishDate(meeting.Date), taken].Value;
        return Redirect(MeetingAdminPages.DetailUrl(meeting.Id));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Detail(string id, CancellationToken cancellationToken) =>
        await pages.FindAsync(id, cancellationToken) is { } meeting ? View(await pages.DetailModelAsync(meeting, "", cancellationToken)) : NotFound();

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } meeting)
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
        if (await pages.FindAsync(id, cancellationToken) is not { } meeting)
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
        await pages.InUnitOfWorkAsync(async () =>
        {
            await planner.UpdateAsync(meeting, plan, cancellationToken);
            pages.Audit("Changed", meeting, before + " → " + Describe(meeting));
            return true;
        }, cancellationToken);
        TempData["Message"] = T["The meeting on {0} was saved.", MeetingPlanner.DanishDate(meeting.Date)].Value;
        return Redirect(MeetingAdminPages.DetailUrl(meeting.Id));
    }

    [HttpPost("{id}/cancel")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Cancel(string id, [FromForm(Name = "CancelReason")] string? reason, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } meeting)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            ModelState.AddModelError("CancelReason", T["Give the reason for cancelling the meeting; it is kept with each item that moves."]);
            return View(MeetingAdminPages.DetailView, await pages.DetailModelAsync(meeting, reason ?? "", cancellationToken));
        }

        try
        {
            var moved = await pages.InUnitOfWorkAsync(async () =>
            {
                var count = await planner.CancelAsync(meeting, reason, AuditTrailService.UserNameOf(HttpContext), cancellationToken);
                pages.Audit("Cancelled", meeting, T["Cancelled: {0}; {1} items moved.", reason.Trim(), count]);
                return count;
            }, cancellationToken);
            TempData["Message"] = T["The meeting on {0} was cancelled; {1} items were moved.", MeetingPlanner.DanishDate(meeting.Date), moved].Value;
            return Redirect(MeetingAdminPages.DetailUrl(meeting.Id));
        }
        catch (AgendaRoutingException ex)
        {
            return await pages.RefusedAsync(id, ModelState, ex, reason, cancellationToken) is { } model ? View(MeetingAdminPages.DetailView, model) : NotFound();
        }
    }

    private static string TimeText(TimeOnly time) => time.ToString("HH.mm", CultureInfo.InvariantCulture);

    private static DateOnly? TryDate(string? text) =>
        DateOnly.TryParseExact((text ?? "").Trim(), ["d.M.yyyy", "d-M-yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static TimeOnly? TryTime(string? text) =>
        TimeOnly.TryParseExact((text ?? "").Trim(), ["H.mm", "HH.mm", "H:mm", "HH:mm", "%H", "HH"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    /// <summary>Reads the form into a plan, or adds a message at each field that is wrong and returns null.</summary>
    private async Task<MeetingPlan?> ReadAsync(MeetingForm form, long? existing, CancellationToken cancellationToken)
    {
        var defaults = await settings.GetSectionAsync<MeetingScheduleSettings>(cancellationToken);
        var date = TryDate(form.Date);
        if (date is null)
        {
            ModelState.AddModelError(nameof(MeetingForm.Date), T["Give the meeting's date as day.month.year, e.g. 04.03.2027."]);
        }
        else if (existing is null && date < pages.Today)
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

    private string Describe(Meeting meeting) =>
        $"{MeetingPlanner.DanishDate(meeting.Date)} {siteTime.ToLocal(meeting.StartsUtc):HH.mm}, {meeting.Place} ({MeetingPlanner.DanishDate(meeting.ItemDeadline)}/{MeetingPlanner.DanishDate(meeting.AgendaDeadline)})";

    private async Task<MeetingListViewModel> ListAsync(int year, MeetingForm form, CancellationToken cancellationToken)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var meetings = await db.Set<Meeting>().AsNoTracking().Where(m => m.Date >= from && m.Date <= to).OrderBy(m => m.Date).ToListAsync(cancellationToken);
        var ids = meetings.Select(m => m.Id).ToList();
        var counts = await db.Set<AgendaItem>().AsNoTracking().Where(i => i.MeetingId != null && ids.Contains(i.MeetingId.Value))
            .GroupBy(i => i.MeetingId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var today = pages.Today;
        var years = (await db.Set<Meeting>().AsNoTracking().Select(m => m.Date.Year).Distinct().ToListAsync(cancellationToken))
            .Append(today.Year).Append(today.Year + 1).Append(year).Distinct().Order().ToList();
        var defaults = await settings.GetSectionAsync<MeetingScheduleSettings>(cancellationToken);
        var queued = await db.Set<AgendaItem>().CountAsync(i => i.MeetingId == null && i.Status == AgendaItemStatus.Queued, cancellationToken);
        return new MeetingListViewModel(year, years, [.. meetings.Select(m => pages.Row(m, counts.GetValueOrDefault(m.Id)))], form, defaults.ItemDeadlineDays, defaults.AgendaDeadlineDays, queued);
    }

    private async Task<MeetingEditViewModel> EditModelAsync(Meeting meeting, MeetingForm form, CancellationToken cancellationToken)
    {
        var defaults = await settings.GetSectionAsync<MeetingScheduleSettings>(cancellationToken);
        return new MeetingEditViewModel(pages.Row(meeting, 0), form, defaults.ItemDeadlineDays, defaults.AgendaDeadlineDays);
    }
}
