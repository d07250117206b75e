using Council.Grants.Decisions;
using Council.Grants.Services;
using Microsoft.AspNetCore.Mvc;

namespace Council.Grants.Controllers;

/// <summary>The public list of granted projects (<c>/stoettede-projekter</c>, <c>/en/funded-projects</c>), one pool year a page.</summary>
public sealed class FundedProjectsController(FundedProjects projects, GrantPoolLedger ledger) : Controller
{
    private const string PageView = "~/Views/FundedProjects/Index.cshtml";

    [HttpGet(FundedProjects.DanishPath)]
    [HttpGet(FundedProjects.EnglishPath)]
    public Task<IActionResult> Index(CancellationToken cancellationToken) => PageAsync(null, cancellationToken);

    [HttpGet(FundedProjects.DanishPath + "/{year:int}")]
    [HttpGet(FundedProjects.EnglishPath + "/{year:int}")]
    public Task<IActionResult> Year(int year, CancellationToken cancellationToken) => PageAsync(year, cancellationToken);

    private async Task<IActionResult> PageAsync(int? year, CancellationToken cancellationToken)
    {
        var years = await projects.YearsAsync(cancellationToken);
        // A year with a pool has a page (empty until its first meeting is concluded); other years do not exist.
        if (year is { } asked && !years.Contains(asked) && asked != ledger.CurrentYear && !(await ledger.YearsAsync(cancellationToken)).Contains(asked))
        {
            return NotFound();
        }

        var shown = year ?? (years.Count > 0 ? years[0] : ledger.CurrentYear);
        var english = Request.Path.StartsWithSegments("/en", StringComparison.OrdinalIgnoreCase);
        var basePath = english ? FundedProjects.EnglishPath : FundedProjects.DanishPath;
        return View(PageView, new FundedProjectsViewModel(shown, years, await projects.ForYearAsync(shown, cancellationToken), basePath));
    }
}
