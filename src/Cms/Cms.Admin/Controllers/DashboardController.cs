using Cms.Core.Security;
using Cms.Core.Settings;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Admin.Controllers;

[Area("Admin")]
[RequirePermission(nameof(CorePermissions.AccessAdminPanel))]
public sealed class DashboardController(SiteSettingsService settings) : Controller
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await settings.GetAsync(cancellationToken));
}
