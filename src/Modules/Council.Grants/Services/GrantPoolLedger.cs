using Cms.Core.Data;
using Cms.Core.Localization;
using Council.Grants.Data;
using Microsoft.EntityFrameworkCore;

namespace Council.Grants.Services;

/// <summary>
/// The yearly pools and their figures. A year nobody has set up yet starts from the latest earlier pool (the amount
/// and its price level carry over), or the seed's 59.800 kr. at 2015 level. Applied for sums the applications
/// submitted that year (from the index); granted comes from decisions, which the meetings module records (0 until then).
/// </summary>
public sealed class GrantPoolLedger(LtkDbContext db, SiteTimeZone siteTime, TimeProvider clock)
{
    public const decimal SeedAmount = 59_800m;
    public const int SeedPriceLevelYear = 2015;

    public int CurrentYear => siteTime.ToLocal(clock.GetUtcNow().UtcDateTime).Year;

    public async Task<GrantPoolFigures> FiguresAsync(int year, CancellationToken cancellationToken)
    {
        var pool = await PoolOrDefaultAsync(year, cancellationToken);
        // SQLite cannot sum decimals in SQL; a year's amounts are read from the (PoolYear, AmountAppliedFor) index
        // alone and summed here, exactly, on both databases.
        var applied = await db.Set<GrantApplicationIndex>().AsNoTracking()
            .Where(i => i.PoolYear == year)
            .Select(i => i.AmountAppliedFor)
            .ToListAsync(cancellationToken);
        return new GrantPoolFigures(
            year,
            pool.Amount,
            pool.PriceLevelYear,
            pool.IndexFactor,
            pool.IndexedAmount,
            applied.Sum(),
            applied.Count,
            Granted: 0,
            pool.ShowRemainingOnPage,
            IsStored: pool.ModifiedUtc != default);
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
