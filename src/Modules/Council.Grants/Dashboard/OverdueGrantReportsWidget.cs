using System.Security.Claims;
using Cms.Core.Navigation;
using Cms.Core.Security;
using Council.Grants.Localization;
using Council.Grants.Reports;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Dashboard;

/// <summary>The dashboard's box for grantees' reports not in, for those who work with the applications; none when all are in time.</summary>
public sealed class OverdueGrantReportsWidget(GrantReportOverview reports, IStringLocalizer<GrantStrings> T) : IDashboardWidgetProvider
{
    public async Task<DashboardWidget?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.HasPermission(Permissions.ManageGrantApplications))
        {
            return null;
        }

        var overdue = await reports.OverdueAsync(cancellationToken);
        return overdue.PastDue == 0 ? null : new DashboardWidget(T["Grant reports not in"], "_OverdueGrantReports", overdue, Order: 25);
    }
}
