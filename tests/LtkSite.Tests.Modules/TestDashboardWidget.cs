using System.Security.Claims;
using Cms.Core.Navigation;

namespace LtkSite.Tests.Modules;

/// <summary>A dashboard widget for every signed-in user who reaches the dashboard.</summary>
public sealed class TestDashboardWidget : IDashboardWidgetProvider
{
    public Task<DashboardWidget?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Task.FromResult<DashboardWidget?>(new DashboardWidget("Test widget", "~/Views/TestExtensions/_TestWidget.cshtml", user.Identity?.Name, Order: 100));
}
