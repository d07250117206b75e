using System.Globalization;
using Council.Meetings.Packs;
using Microsoft.AspNetCore.Mvc;

namespace Council.Meetings.Controllers;

/// <summary>
/// The public agenda of a meeting (<c>/moeder/2027-03-04/dagsorden</c>, <c>/en/meetings/2027-03-04/agenda</c>): the
/// items summarised without personal data of private persons, once the agenda is out. Any other date is not found.
/// </summary>
public sealed class PublicAgendaController(MeetingPacks packs) : Controller
{
    public const string DanishPath = "/moeder/{0}/dagsorden";
    public const string EnglishPath = "/en/meetings/{0}/agenda";

    [HttpGet("/moeder/{date}/dagsorden")]
    [HttpGet("/en/meetings/{date}/agenda")]
    public async Task<IActionResult> Agenda(string date, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || await packs.PublicAgendaAsync(day, cancellationToken) is not { } pack)
        {
            return NotFound();
        }

        return View("~/Views/PublicAgenda/Agenda.cshtml", pack);
    }
}
