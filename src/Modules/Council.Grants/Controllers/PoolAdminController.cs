using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Core.Security;
using Council.Grants.Data;
using Council.Grants.Localization;
using Council.Grants.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Controllers;

/// <summary>
/// The pool ledger (<c>/admin/pool</c>): a year's pool (amount, price level, index factor), what was applied for,
/// granted and is left, and whether the grant page shows what is left.
/// </summary>
[Area("Admin")]
[Route("/admin/pool")]
[RequirePermission(nameof(Permissions.ManageGrantPool))]
public sealed class PoolAdminController(
    GrantPoolLedger ledger,
    GrantPoolChanges poolChanges,
    LtkDbContext db,
    AuditTrailService audit,
    TimeProvider clock,
    IStringLocalizer<GrantStrings> T) : Controller
{
    public const int FirstYear = 2000;

    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, CancellationToken cancellationToken)
    {
        var shown = year is { } y && IsYear(y) ? y : ledger.CurrentYear;
        var figures = await ledger.FiguresAsync(shown, cancellationToken);
        return View(await ModelAsync(figures, InputOf(figures), cancellationToken));
    }

    [HttpPost("{year:int}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(int year, PoolInput input, CancellationToken cancellationToken)
    {
        if (!IsYear(year))
        {
            return NotFound();
        }

        var amount = ReadAmount(input.Amount);
        var level = ReadPriceLevel(input.PriceLevelYear, year);
        var factor = ReadFactor(input.IndexFactor);
        if (!ModelState.IsValid)
        {
            return View("Index", await ModelAsync(await ledger.FiguresAsync(year, cancellationToken), input, cancellationToken));
        }

        var pool = await ledger.LoadForUpdateAsync(year, cancellationToken);
        var before = Snapshot(pool);
        pool.Amount = amount;
        pool.PriceLevelYear = level;
        pool.IndexFactor = factor;
        pool.ShowRemainingOnPage = input.ShowRemainingOnPage;
        pool.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        pool.ConcurrencyStamp = Guid.NewGuid();
        audit.Record(new AuditTrailEntry("GrantPool", "Saved", year.ToString(CultureInfo.InvariantCulture), T["Pool {0}", year]) { ObjectType = "GrantPool", Before = before, After = Snapshot(pool) });
        poolChanges.Changed();
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = T["The pool for {0} was saved.", year].Value;
        return Redirect("/admin/pool?year=" + year.ToString(CultureInfo.InvariantCulture));
    }

    private static bool IsYear(int year) => year is >= FirstYear and <= 2200;

    private async Task<PoolViewModel> ModelAsync(GrantPoolFigures figures, PoolInput input, CancellationToken cancellationToken)
    {
        var years = (await ledger.YearsAsync(cancellationToken)).Append(ledger.CurrentYear).Append(figures.Year).Distinct().OrderDescending().ToList();
        return new PoolViewModel(figures, input, years, ledger.CurrentYear);
    }

    private static PoolInput InputOf(GrantPoolFigures figures) => new()
    {
        Amount = GrantAmounts.ToInput(figures.Amount),
        PriceLevelYear = figures.PriceLevelYear.ToString(CultureInfo.InvariantCulture),
        IndexFactor = figures.IndexFactor?.ToString("0.####", DanishCulture.Culture) ?? "",
        ShowRemainingOnPage = figures.ShowRemainingOnPage,
    };

    private decimal ReadAmount(string text)
    {
        if (!GrantAmounts.TryParse(text, out var amount) || amount <= 0)
        {
            ModelState.AddModelError(nameof(PoolInput.Amount), T["Give the pool's amount in kroner, e.g. 59.800."]);
        }

        return amount;
    }

    private int ReadPriceLevel(string text, int year)
    {
        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level < FirstYear - 50 || level > year)
        {
            ModelState.AddModelError(nameof(PoolInput.PriceLevelYear), T["Give the year whose prices the amount is in, e.g. 2015 (at most {0}).", year]);
        }

        return level;
    }

    private decimal? ReadFactor(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (!decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, DanishCulture.Culture, out var factor) || factor < 0.5m || factor > 5m)
        {
            ModelState.AddModelError(nameof(PoolInput.IndexFactor), T["Give the index factor as a number between 0,5 and 5, e.g. 1,187, or leave it empty."]);
            return null;
        }

        return factor;
    }

    private static JsonObject Snapshot(GrantPool pool) => new()
    {
        ["Amount"] = pool.Amount,
        ["PriceLevelYear"] = pool.PriceLevelYear,
        ["IndexFactor"] = pool.IndexFactor,
        ["ShowRemainingOnPage"] = pool.ShowRemainingOnPage,
    };
}
