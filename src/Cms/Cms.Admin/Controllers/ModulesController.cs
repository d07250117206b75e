using Cms.Core.Modules;
using Cms.Core.Security;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Admin.Controllers;

[Area("Admin")]
[RequirePermission(nameof(CorePermissions.ViewModules))]
public sealed class ModulesController(ModuleCatalog catalog) : Controller
{
    [HttpGet("/admin/modules")]
    public IActionResult Index()
    {
        return View(catalog.Modules);
    }
}
