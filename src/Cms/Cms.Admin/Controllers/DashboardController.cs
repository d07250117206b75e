using Cms.Admin.Models;
using Cms.Core.Navigation;
using Cms.Core.Security;
using Cms.Core.Settings;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Admin.Controllers;

[Area("Admin")]
[RequirePermission(nameof(CorePermissions.AccessAdminPanel))]
public sealed class DashboardController(SiteSettingsService settings, IEnumerable<IDashboardWidgetProvider> widgets) : Controller
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
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
