using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Export;
using Cms.Core.Localization;
using Cms.Core.Security;
using Council.Grants.Data;
using Council.Grants.Decisions;
using Council.Grants.Localization;
using Council.Grants.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Controllers;

/// <summary>
/// The pool ledger (<c>/admin/pool</c>): a year's pool (amount, price level, index factor), what was applied for,
/// recommended, granted, paid, repaid, lapsed and is left, the same per meeting, whether the grant page shows what is
/// left, and the year's entries and meetings as CSV or XLSX.
/// </summary>
[Area("Admin")]
[Route("/admin/pool")]
[RequirePermission(nameof(Permissions.ManageGrantPool))]
public sealed class PoolAdminController(
    GrantPoolLedger ledger,
    GrantPoolChanges poolChanges,
    GrantDecisionPanels panels,
    LtkDbContext db,
    AuditTrailService audit,
    TimeProvider clock,
    SiteTimeZone siteTime,
    IStringLocalizer<GrantStrings> T,
    IStringLocalizer<DecisionStrings> D) : Controller
{
    public const int FirstYear = 2000;
    public const string EntriesTable = "entries";
    public const string MeetingsTable = "meetings";

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

    /// <summary>The year's ledger entries (<c>table=entries</c>) or its per-meeting table (<c>table=meetings</c>) as CSV or XLSX.</summary>
    [HttpGet("export")]
    public async Task<IActionResult> Export(int? year, string? table, ExportFormat format = ExportFormat.Xlsx, CancellationToken cancellationToken = default)
    {
        if (year is not { } y || !IsYear(y) || table is not (EntriesTable or MeetingsTable))
        {
            return NotFound();
        }

        var figures = await ledger.FiguresAsync(y, cancellationToken);
        var export = table == EntriesTable ? await EntriesAsync(y, cancellationToken) : await MeetingsAsync(figures, cancellationToken);
        audit.Record(new AuditTrailEntry("GrantPool", "Exported", y.ToString(CultureInfo.InvariantCulture), T["Pool {0}", y]) { ObjectType = "GrantPool", Comment = $"{format}: {table}" });
        await db.SaveChangesAsync(cancellationToken);
        return new ExportFileResult(export, format, $"{export.Name}-{y.ToString(CultureInfo.InvariantCulture)}");
    }

    private async Task<ExportTable> EntriesAsync(int year, CancellationToken cancellationToken)
    {
        var entries = await ledger.EntriesAsync(year, cancellationToken);
        var ids = entries.Select(e => e.ContentItemId).Distinct().ToList();
        var index = await db.Set<GrantApplicationIndex>().AsNoTracking().Where(i => ids.Contains(i.ContentItemId)).ToDictionaryAsync(i => i.ContentItemId, StringComparer.Ordinal, cancellationToken);
        var meetingIds = entries.Where(e => e.MeetingId is not null).Select(e => e.MeetingId!.Value).Distinct().ToList();
        var meetings = await db.Set<Council.Meetings.Data.Meeting>().AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Date, cancellationToken);
        var columns = new ExportColumn[]
        {
            new(D["Date"], ExportValueKind.Date, 12), new(D["Movement"], Width: 14), new(T["Reference"], Width: 16), new(T["Project"], Width: 40),
            new(T["Organisation"]), new(D["Meeting"], ExportValueKind.Date, 12), new(D["Amount"], ExportValueKind.Amount, 16), new(D["Note"], Width: 40), new(D["By"]),
        };
        var rows = entries.Select(e => (IReadOnlyList<object?>)
        [
            DateOnly.FromDateTime(siteTime.ToLocal(e.RecordedUtc)), panels.KindName(e.Kind),
            index.GetValueOrDefault(e.ContentItemId)?.Reference, index.GetValueOrDefault(e.ContentItemId)?.ProjectTitle,
            index.GetValueOrDefault(e.ContentItemId)?.Organisation,
            e.MeetingId is { } m && meetings.TryGetValue(m, out var date) ? date : null,
            e.Amount, e.Note, e.UserName,
        ]).ToAsyncEnumerable();
        return new ExportTable(D["pool-entries"], columns, rows);
    }

    private async Task<ExportTable> MeetingsAsync(GrantPoolFigures figures, CancellationToken cancellationToken)
    {
        var meetings = await ledger.MeetingsAsync(figures, cancellationToken);
        var columns = new ExportColumn[]
        {
            new(D["Meeting"], ExportValueKind.Date, 12), new(D["Concluded"], Width: 10), new(D["Items"], ExportValueKind.Number, 8),
            new(D["Recommended"], ExportValueKind.Amount, 16), new(D["Granted"], ExportValueKind.Amount, 16), new(D["Paid"], ExportValueKind.Amount, 16),
            new(D["Repaid"], ExportValueKind.Amount, 16), new(D["Lapsed"], ExportValueKind.Amount, 16), new(D["Left if every recommendation is approved"], ExportValueKind.Amount, 20),
        };
        var rows = meetings.Select(m => (IReadOnlyList<object?>)
        [
            m.Date, m.Concluded ? D["Yes"].Value : D["No"].Value, m.Items, m.Recommended, m.Sums.Granted, m.Sums.Paid, m.Sums.Repaid, m.Sums.Lapsed, m.RemainingIfApproved,
        ]).ToAsyncEnumerable();
        return new ExportTable(D["pool-meetings"], columns, rows);
    }

    private static bool IsYear(int year) => year is >= FirstYear and <= 2200;

    private async Task<PoolViewModel> ModelAsync(GrantPoolFigures figures, PoolInput input, CancellationToken cancellationToken)
    {
        var years = (await ledger.YearsAsync(cancellationToken)).Append(ledger.CurrentYear).Append(figures.Year).Distinct().OrderDescending().ToList();
        return new PoolViewModel(figures, input, years, ledger.CurrentYear, await ledger.MeetingsAsync(figures, cancellationToken));
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
