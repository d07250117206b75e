using System.Globalization;
using Cms.Core.AuditTrail;
using Cms.Core.Security;
using Council.Meetings.Conclusion;
using Council.Meetings.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Council.Meetings.Controllers;

/// <summary>
/// Concluding a meeting (<c>/admin/meetings/{id}/conclude</c>): what will happen to each item, or the list of what stops it
/// (an item without a decision, too few members who may take part); the POST concludes it once.
/// </summary>
[Area("Admin")]
[Route("/admin/meetings/{id:long}/conclude")]
[RequirePermission(nameof(Permissions.ManageMeetings))]
public sealed class ConcludeAdminController(MeetingConclusion conclusion, IStringLocalizer<MeetingStrings> T) : Controller
{
    private const string ViewPath = "~/Areas/Admin/Views/ConcludeAdmin/Index.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(long id, CancellationToken cancellationToken) =>
        await conclusion.ReviewAsync(id, cancellationToken) is { } review ? View(ViewPath, review) : NotFound();

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Conclude(long id, CancellationToken cancellationToken)
    {
        var (result, review) = await conclusion.ConcludeAsync(id, AuditTrailService.UserNameOf(HttpContext), cancellationToken);
        switch (result)
        {
            case ConclusionResult.NotFound:
                return NotFound();
            case ConclusionResult.Refused:
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View(ViewPath, review);
            case ConclusionResult.AlreadyConcluded:
                TempData["Message"] = T["The meeting was already concluded; nothing more was sent."].Value;
                break;
            default:
                TempData["Message"] = T["The meeting was concluded and the decisions are on their way to the applicants."].Value;
                break;
        }

        return Redirect($"/admin/meetings/{id.ToString(CultureInfo.InvariantCulture)}/conclude");
    }
}
