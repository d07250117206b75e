using System.Security.Claims;

namespace Cms.Core.Navigation;

/// <summary>
/// Adds a widget to the admin dashboard (<c>services.AddDashboardWidget&lt;T&gt;()</c>), or none for a user who may
/// not see it. Scoped, so it may read the database; keep it to one cheap query.
/// </summary>
public interface IDashboardWidgetProvider
{
    Task<DashboardWidget?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
