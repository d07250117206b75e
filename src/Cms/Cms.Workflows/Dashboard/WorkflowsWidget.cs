using System.Security.Claims;
using Cms.Core.Data;
using Cms.Core.Navigation;
using Cms.Core.Security;
using Cms.Workflows.Localization;
using Cms.Workflows.Models;
using Cms.Workflows.Services;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Dashboard;

/// <summary>The dashboard's "Workflows" box for those who manage them: how many instances wait and how many failed, so a failure is seen.</summary>
public sealed class WorkflowsWidget(LtkDbContext db, IStringLocalizer<WorkflowAdminStrings> T) : IDashboardWidgetProvider
{
    public async Task<DashboardWidget?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.HasPermission(Permissions.ManageWorkflows))
        {
            return null;
        }

        var counts = await WorkflowInstanceCounts.ReadAsync(db, null, cancellationToken);
        int Sum(WorkflowStatus status) => counts.Where(c => c.Key.Status == status).Sum(c => c.Value);
        return new DashboardWidget(T["Workflows"], "_Workflows", new WorkflowDashboardCounts(Sum(WorkflowStatus.Halted), Sum(WorkflowStatus.Faulted)), Order: 35);
    }
}
