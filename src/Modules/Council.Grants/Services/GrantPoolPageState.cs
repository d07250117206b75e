using Cms.Contents.Services;
using Cms.Core.Data;
using Council.Grants.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Council.Grants.Services;

/// <summary>
/// What the grant page shows of the pools (per year: whether to show what is left, and how much), read once and
/// kept until a pool changes. It is one of the states rendered pages are made from, so a kept page body is dropped
/// when it changes; cached pages that show it carry <see cref="CacheTag"/>, evicted by the same change.
/// </summary>
public sealed class GrantPoolPageState(IServiceScopeFactory scopes) : IContentRenderingState
{
    public const string CacheTag = "grantpool";

    private volatile Generation _generation = new();

    /// <summary>Stands for the current pools; a new object after every change (never null: pages without the pool are kept as before).</summary>
    public object? RenderingState => _generation;

    /// <summary>The year's figure for the page, or null when the page should not show one.</summary>
    public async Task<decimal?> RemainingToShowAsync(int year, CancellationToken cancellationToken)
    {
        var generation = _generation;
        var years = generation.Years ?? await LoadAsync(generation, cancellationToken);
        return years.TryGetValue(year, out var remaining) ? remaining : null;
    }

    /// <summary>Call once a change to a pool (or to what was granted) is committed.</summary>
    public void Changed() => _generation = new Generation();

    private async Task<IReadOnlyDictionary<int, decimal>> LoadAsync(Generation generation, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LtkDbContext>();
        var pools = await db.Set<GrantPool>().AsNoTracking()
            .Where(p => p.ShowRemainingOnPage)
            .ToListAsync(cancellationToken);
        var shown = pools.Select(p => p.Year).ToList();
        var entries = await db.Set<GrantLedgerEntry>().AsNoTracking()
            .Where(e => shown.Contains(e.PoolYear))
            .ToListAsync(cancellationToken);
        // What is left follows the ledger: the indexed pool less what was granted, plus what came back.
        var years = pools.ToDictionary(p => p.Year, p => GrantLedgerSums.Of(entries.Where(e => e.PoolYear == p.Year)).RemainingOf(p.IndexedAmount));
        generation.Years = years;
        return years;
    }

    private sealed class Generation
    {
        public volatile IReadOnlyDictionary<int, decimal>? Years;
    }
}
