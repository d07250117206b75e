using System.Security.Claims;
using Cms.Core.Navigation;
using Cms.Core.Security;
using Council.Grants.Localization;
using Council.Grants.Services;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Dashboard;

/// <summary>The dashboard's box for this year's pool: applied for, granted and left, for those who manage the pool.</summary>
public sealed class GrantPoolWidget(GrantPoolLedger ledger, IStringLocalizer<GrantStrings> T) : IDashboardWidgetProvider
{
    public async Task<DashboardWidget?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.HasPermission(Permissions.ManageGrantPool))
        {
            return null;
        }

        var figures = await ledger.FiguresAsync(ledger.CurrentYear, cancellationToken);
        return new DashboardWidget(T["Grant pool {0}", figures.Year], "_GrantPool", figures, Order: 20);
    }
}
