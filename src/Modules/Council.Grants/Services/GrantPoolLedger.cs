using Cms.Core.Data;
using Cms.Core.Localization;
using Council.Grants.Agenda;
using Council.Grants.Decisions;
using Council.Grants.Data;
using Council.Grants.Models;
using Council.Meetings.Data;
using Microsoft.EntityFrameworkCore;

namespace Council.Grants.Services;

/// <summary>
/// The yearly pools and their figures. A year nobody has set up yet starts from the latest earlier pool (the amount
/// and its price level carry over), or the seed's 59.800 kr. at 2015 level. Applied for sums the applications
/// submitted that year (from the index); recommended the secretariat's recommendations on them (also from the index); granted, paid, repaid
/// and lapsed the ledger's entries of the year (decision 0051).
/// </summary>
public sealed class GrantPoolLedger(LtkDbContext db, SiteTimeZone siteTime, TimeProvider clock)
{
    public const decimal SeedAmount = 59_800m;
    public const int SeedPriceLevelYear = 2015;

    public int CurrentYear => siteTime.ToLocal(clock.GetUtcNow().UtcDateTime).Year;

    public async Task<GrantPoolFigures> FiguresAsync(int year, CancellationToken cancellationToken)
    {
        var pool = await PoolOrDefaultAsync(year, cancellationToken);
        // SQLite cannot sum decimals in SQL; a year's amounts are read from its index rows alone (never the documents)
        // and summed here, exactly, on both databases.
        var applied = await db.Set<GrantApplicationIndex>().AsNoTracking()
            .Where(i => i.PoolYear == year)
            .Select(i => new { i.AmountAppliedFor, i.RecommendedAmount })
            .ToListAsync(cancellationToken);
        var sums = GrantLedgerSums.Of(await db.Set<GrantLedgerEntry>().AsNoTracking().Where(e => e.PoolYear == year).ToListAsync(cancellationToken));
        return new GrantPoolFigures(
            year,
            pool.Amount,
            pool.PriceLevelYear,
            pool.IndexFactor,
            pool.IndexedAmount,
            applied.Sum(a => a.AmountAppliedFor),
            applied.Count,
            sums.Granted,
            pool.ShowRemainingOnPage,
            IsStored: pool.ModifiedUtc != default)
        {
            Recommended = applied.Sum(a => a.RecommendedAmount ?? 0),
            Paid = sums.Paid,
            Repaid = sums.Repaid,
            Lapsed = sums.Lapsed,
        };
    }

    /// <summary>The year's ledger entries, oldest first.</summary>
    public async Task<IReadOnlyList<GrantLedgerEntry>> EntriesAsync(int year, CancellationToken cancellationToken) =>
        await db.Set<GrantLedgerEntry>().AsNoTracking()
            .Where(e => e.PoolYear == year)
            .OrderBy(e => e.RecordedUtc).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);

    /// <summary>The movements of one application, across its years and meetings.</summary>
    public async Task<IReadOnlyList<GrantLedgerEntry>> EntriesOfAsync(string contentItemId, CancellationToken cancellationToken) =>
        await db.Set<GrantLedgerEntry>().AsNoTracking()
            .Where(e => e.ContentItemId == contentItemId)
            .OrderBy(e => e.RecordedUtc).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// What is left of the year's pool for a decision being saved: its own earlier booking at the same meeting does not
    /// count, because the decision replaces it.
    /// </summary>
    public async Task<decimal> RemainingForAsync(int year, string contentItemId, long meetingId, CancellationToken cancellationToken)
    {
        var pool = await PoolOrDefaultAsync(year, cancellationToken);
        var entries = await db.Set<GrantLedgerEntry>().AsNoTracking()
            .Where(e => e.PoolYear == year && !(e.Kind == GrantLedgerEntryKind.Granted && e.ContentItemId == contentItemId && e.MeetingId == meetingId))
            .ToListAsync(cancellationToken);
        return GrantLedgerSums.Of(entries).RemainingOf(pool.IndexedAmount);
    }

    /// <summary>
    /// The year's meetings in date order (those held in the year, and any other whose decisions are booked on it), each
    /// with its recommended, granted, paid, repaid and lapsed sums and, before it is concluded, what would be left if
    /// every open recommendation on its agenda were approved.
    /// </summary>
    public async Task<IReadOnlyList<MeetingLedgerRow>> MeetingsAsync(GrantPoolFigures figures, CancellationToken cancellationToken)
    {
        var year = figures.Year;
        var entries = await EntriesAsync(year, cancellationToken);
        var booked = entries.Where(e => e.MeetingId is not null).Select(e => e.MeetingId!.Value).Distinct().ToList();
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var meetings = await db.Set<Meeting>().AsNoTracking()
            .Where(m => (m.Date >= first && m.Date <= last && m.Status != MeetingStatus.Cancelled) || booked.Contains(m.Id))
            .OrderBy(m => m.Date).ThenBy(m => m.StartsUtc)
            .ToListAsync(cancellationToken);
        var ids = meetings.Select(m => (long?)m.Id).ToList();
        var items = await db.Set<AgendaItem>().AsNoTracking()
            .Where(i => i.Kind == GrantAgendaItems.Kind && ids.Contains(i.MeetingId))
            .Select(i => new { i.MeetingId, i.SourceId })
            .ToListAsync(cancellationToken);
        var sources = items.Select(i => i.SourceId).ToList();
        var recommended = await db.Set<GrantApplicationIndex>().AsNoTracking()
            .Where(i => sources.Contains(i.ContentItemId) && i.PoolYear == year)
            .ToDictionaryAsync(i => i.ContentItemId, i => i.RecommendedAmount, StringComparer.Ordinal, cancellationToken);
        var decided = (await db.Set<GrantDecision>().AsNoTracking()
            .Where(d => ids.Contains(d.MeetingId))
            .Select(d => new { d.MeetingId, d.ContentItemId })
            .ToListAsync(cancellationToken)).Select(d => (d.MeetingId, d.ContentItemId)).ToHashSet();

        var rows = new List<MeetingLedgerRow>();
        foreach (var meeting in meetings)
        {
            var agenda = items.Where(i => i.MeetingId == meeting.Id && recommended.ContainsKey(i.SourceId)).Select(i => i.SourceId).ToList();
            var concluded = GrantMeetings.IsConcluded(meeting);
            // Only what the council has not yet decided: a decision already on the ledger is in what is left.
            var open = agenda.Where(id => !decided.Contains((meeting.Id, id))).Sum(id => recommended.GetValueOrDefault(id) ?? 0);
            rows.Add(new MeetingLedgerRow(
                meeting.Id,
                meeting.Date,
                concluded,
                agenda.Count,
                agenda.Sum(id => recommended.GetValueOrDefault(id) ?? 0),
                GrantLedgerSums.Of(entries.Where(e => e.MeetingId == meeting.Id)),
                concluded ? null : figures.Remaining - open));
        }

        return rows;
    }

    /// <summary>The years that have a pool, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken) =>
        await db.Set<GrantPool>().AsNoTracking().OrderByDescending(p => p.Year).Select(p => p.Year).ToListAsync(cancellationToken);

    /// <summary>The stored pool of the year (tracked, for changing), or a new one from the latest earlier pool.</summary>
    public async Task<GrantPool> LoadForUpdateAsync(int year, CancellationToken cancellationToken)
    {
        if (await db.Set<GrantPool>().FirstOrDefaultAsync(p => p.Year == year, cancellationToken) is { } stored)
        {
            return stored;
        }

        var pool = await PoolOrDefaultAsync(year, cancellationToken);
        db.Set<GrantPool>().Add(pool);
        return pool;
    }

    private async Task<GrantPool> PoolOrDefaultAsync(int year, CancellationToken cancellationToken)
    {
        if (await db.Set<GrantPool>().AsNoTracking().FirstOrDefaultAsync(p => p.Year == year, cancellationToken) is { } stored)
        {
            return stored;
        }

        var earlier = await db.Set<GrantPool>().AsNoTracking().Where(p => p.Year < year).OrderByDescending(p => p.Year).FirstOrDefaultAsync(cancellationToken);
        return new GrantPool
        {
            Year = year,
            Amount = earlier?.Amount ?? SeedAmount,
            PriceLevelYear = earlier?.PriceLevelYear ?? SeedPriceLevelYear,
            IndexFactor = earlier?.IndexFactor,
        };
    }
}
