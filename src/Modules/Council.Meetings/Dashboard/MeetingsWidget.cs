using System.Globalization;
using System.Security.Claims;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Core.Navigation;
using Cms.Core.Security;
using Council.Meetings.Data;
using Council.Meetings.Localization;
using Council.Meetings.Schedule;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Council.Meetings.Dashboard;

/// <summary>
/// The next meeting with its deadlines and how many items are on it, and a warning when items wait in the queue or no
/// meeting is planned in the next four months (the council meets four times a year), for those who plan meetings.
/// </summary>
public sealed class MeetingsWidget(IMeetingSchedule schedule, LtkDbContext db, SiteTimeZone siteTime, TimeProvider clock, IStringLocalizer<MeetingStrings> T) : IDashboardWidgetProvider
{
    public const int HorizonMonths = 4;

    public async Task<DashboardWidget?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.HasPermission(Permissions.ManageMeetings))
        {
            return null;
        }

        var coming = await schedule.GetComingMeetingsAsync(cancellationToken);
        var next = coming.Count > 0 ? coming[0] : null;
        var items = next is null ? 0 : await db.Set<AgendaItem>().CountAsync(i => i.MeetingId == next.Id, cancellationToken);
        var queued = await db.Set<AgendaItem>().CountAsync(i => i.MeetingId == null && i.Status == AgendaItemStatus.Queued, cancellationToken);
        var horizon = MeetingCalendar.LocalDate(clock.GetUtcNow(), siteTime.Zone).AddMonths(HorizonMonths);
        var time = next?.StartsUtc is { } starts ? siteTime.ToLocal(starts).ToString("HH.mm", CultureInfo.InvariantCulture) : null;
        var model = new MeetingsWidgetModel(next, time, items, queued, next is null || next.Date > horizon, horizon);
        return new DashboardWidget(T["Council meetings"], "_Meetings", model, Order: 15);
    }
}
