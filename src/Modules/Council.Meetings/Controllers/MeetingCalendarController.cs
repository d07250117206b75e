using System.Globalization;
using System.Text;
using Cms.Contents.Services;
using Cms.Core.Localization;
using Council.Meetings.Calendar;
using Council.Meetings.Localization;
using Council.Meetings.Meetings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Council.Meetings.Controllers;

/// <summary>
/// The public calendar of the council's meetings (<c>/moeder</c>, <c>/en/meetings</c>) and its iCalendar feed
/// (<c>/moeder.ics</c>): coming meetings and the year's held ones, cancelled ones marked. Cached; evicted when a meeting changes.
/// </summary>
[AllowAnonymous]
public sealed class MeetingCalendarController(PublicMeetings meetings, SiteTimeZone siteTime, IStringLocalizer<MeetingStrings> T) : Controller
{
    [AcceptVerbs("GET", "HEAD", Route = PublicMeetings.DanishPath)]
    [AcceptVerbs("GET", "HEAD", Route = PublicMeetings.EnglishPath)]
    [OutputCache(PolicyName = PublicPagePolicy.Name)]
    public async Task<IActionResult> Calendar(CancellationToken cancellationToken)
    {
        var english = Request.Path.StartsWithSegments("/en", StringComparison.OrdinalIgnoreCase);
        var today = meetings.Today;
        var all = await meetings.ListAsync(new DateOnly(today.Year, 1, 1), english, cancellationToken);
        HttpContext.TagOutputCache(MeetingPlanner.CacheTag, OutputCacheTags.Routes);
        return View("~/Views/MeetingCalendar/Calendar.cshtml", new MeetingCalendarViewModel(
            today.Year,
            [.. all.Where(m => m.Date >= today)],
            [.. all.Where(m => m.Date < today && !m.Cancelled)],
            PublicMeetings.FeedPath,
            english));
    }

    [AcceptVerbs("GET", "HEAD", Route = PublicMeetings.FeedPath)]
    [OutputCache(PolicyName = PublicPagePolicy.Name)]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken)
    {
        var today = meetings.Today;
        var all = await meetings.ListAsync(new DateOnly(today.Year - 1, 1, 1), english: false, cancellationToken);
        var root = $"{Request.Scheme}://{Request.Host}";
        HttpContext.TagOutputCache(MeetingPlanner.CacheTag);
        var text = MeetingIcsFeed.Write(
            all,
            siteTime.Zone.Id,
            T["The Integration Council's meetings"],
            m => m.Cancelled ? T["Cancelled: the Integration Council's meeting"] : T["The Integration Council's meeting"],
            m => root + m.AgendaUrl);
        return File(Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", "moeder.ics");
    }

    /// <summary>"torsdag den 4. marts 2027" in Danish, "Thursday 4 March 2027" in English.</summary>
    public static string LongDate(DateOnly date, bool english) => english
        ? date.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en"))
        : date.ToString("dddd 'den' d. MMMM yyyy", DanishCulture.Culture);
}
