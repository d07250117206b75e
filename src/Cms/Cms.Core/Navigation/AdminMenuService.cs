using System.Security.Claims;
using Cms.Core.Security;

namespace Cms.Core.Navigation;

/// <summary>Builds the admin menu for a user: only the entries whose permission they hold, in position order.</summary>
public sealed class AdminMenuService(IEnumerable<IAdminMenuProvider> providers, IEnumerable<IAdminMenuCounter> counters)
{
    /// <summary>The numbers the modules show beside their entries for this user, by entry URL (only those above zero).</summary>
    public async Task<IReadOnlyDictionary<string, AdminMenuCount>> CountsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, AdminMenuCount>(StringComparer.OrdinalIgnoreCase);
        foreach (var counter in counters)
        {
            if (await counter.CountAsync(user, cancellationToken) is { Count: > 0 } count)
            {
                counts[counter.Url] = count;
            }
        }

        return counts;
    }

    public IReadOnlyList<IGrouping<string, AdminMenuItem>> BuildFor(ClaimsPrincipal user)
    {
        var builder = new AdminMenuBuilder();
        foreach (var provider in providers)
        {
            provider.BuildMenu(builder);
        }

        return builder.Items
            .Where(i => i.Permission is null || user.HasPermission(i.Permission))
            .OrderBy(i => i.Position)
            .ThenBy(i => i.Text.Value, StringComparer.CurrentCulture)
            .GroupBy(i => i.Group)
            .ToList();
    }
}
