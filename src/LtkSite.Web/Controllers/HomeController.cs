using Cms.Core.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LtkSite.Web.Controllers;

[AllowAnonymous]
public sealed class HomeController(SiteSettingsService settings) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await settings.GetAsync(cancellationToken));

    /// <summary>The theme's error page, for unhandled errors and re-executed status codes.</summary>
    [Route("/error/{statusCode:int?}")]
    [IgnoreAntiforgeryToken]
    [ApiExplorerSettings(IgnoreApi = true)]
    public IActionResult Error(int? statusCode)
    {
        var code = statusCode is >= 400 and < 600 ? statusCode.Value : StatusCodes.Status500InternalServerError;
        Response.StatusCode = code;
        return View("Error", code);
    }
}
