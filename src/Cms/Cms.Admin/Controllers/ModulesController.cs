using Cms.Core.Modules;
using Cms.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Admin.Controllers;

[Area("Admin")]
public sealed class ModulesController(ModuleCatalog catalog, IAuthorizationService authorization) : Controller
{
    [HttpGet("/admin/modules")]
    public async Task<IActionResult> Index()
    {
        if (!await authorization.AuthorizeAsync(User, CorePermissions.ViewModules))
        {
            return Forbid();
        }

        return View(catalog.Modules);
    }
}
