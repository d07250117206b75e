using System.Security.Claims;
using Cms.Core.Security;

namespace Cms.Core.Navigation;

/// <summary>Builds the admin menu for a user: only the entries whose permission they hold, in position order.</summary>
public sealed class AdminMenuService(IEnumerable<IAdminMenuProvider> providers)
{
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
