using Council.Grants.Data;
using Microsoft.EntityFrameworkCore;

namespace Council.Grants.Services;

/// <summary>The decision in force on an application: its latest row.</summary>
public static class GrantDecisionQueries
{
    public static Task<GrantDecision?> LatestForAsync(this IQueryable<GrantDecision> decisions, string contentItemId, CancellationToken cancellationToken) =>
        decisions.AsNoTracking().Where(d => d.ContentItemId == contentItemId)
            .OrderByDescending(d => d.DecidedUtc).ThenByDescending(d => d.Id)
            .FirstOrDefaultAsync(cancellationToken);
}
