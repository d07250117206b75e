using Cms.Contents.Services;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Contents.Controllers;

/// <summary>
/// Shows the latest version of an item (the draft) as visitors would see it once published. Only for
/// users who may preview or edit it; everybody else gets 404, so drafts do not even reveal that they exist.
/// </summary>
public sealed class PreviewController(ContentManager contents, ContentDisplayService display, ContentTypeAccess access) : Controller
{
    [HttpGet("/preview/{contentItemId}")]
    public async Task<IActionResult> Show(string contentItemId, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex";
        if (User.Identity?.IsAuthenticated != true || !ContentIds.IsValid(contentItemId))
        {
            return NotFound();
        }

        var item = await contents.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (item is null || item.DeletedUtc is not null)
        {
            return NotFound();
        }

        var model = await display.BuildAsync(item, isPreview: true, cancellationToken);
        if (!access.CanPreview(User, model.Type, item))
        {
            return NotFound();
        }

        return View("~/Views/Content/Display.cshtml", model);
    }
}
