using Cms.Admin.Models;
using Cms.Core.Data;
using Cms.Core.Navigation;
using Cms.Core.Security;
using Cms.Core.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cms.Admin.Controllers;

[Area("Admin")]
[RequirePermission(nameof(CorePermissions.AccessAdminPanel))]
public sealed class DashboardController(LtkDbContext db, SiteSettingsService settings, IEnumerable<IDashboardWidgetProvider> widgets) : Controller
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        // Each box runs a query or two on the request's context; opened once here, the connection serves them all (and
        // the layout's counts) instead of being opened and closed for each. The context closes it when the request ends.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var built = new List<DashboardWidget>();
        foreach (var provider in widgets)
        {
            if (await provider.BuildAsync(User, cancellationToken) is { } widget)
            {
                built.Add(widget);
            }
        }

        var site = await settings.GetAsync(cancellationToken);
        return View(new DashboardViewModel(site.SiteName, built.OrderBy(w => w.Order).ToList()));
    }
}
