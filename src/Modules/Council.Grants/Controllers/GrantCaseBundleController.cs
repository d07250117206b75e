using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Security;
using Cms.Documents.Pdf;
using Council.Grants.Bundle;
using Council.Grants.Localization;
using Council.Grants.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Controllers;

/// <summary>
/// <c>/admin/applications/{id}/bundle.pdf</c>: the case as one accessible PDF for the municipality's case system. Who
/// bundled it and when is kept (the audit trail and <see cref="GrantApplicationPart.BundledUtc"/>), so the case can be
/// purged from the site later under the retention rules.
/// </summary>
[Area("Admin")]
[RequirePermission(nameof(Permissions.ManageGrantApplications))]
public sealed class GrantCaseBundleController(
    ContentManager contents,
    GrantCaseBundle bundles,
    PdfDocumentWriter writer,
    AuditTrailService audit,
    LtkDbContext db,
    TimeProvider clock,
    IStringLocalizer<GrantStrings> T) : Controller
{
    [HttpGet("/admin/applications/{id}/bundle.pdf")]
    public async Task<IActionResult> Bundle(string id, CancellationToken cancellationToken)
    {
        var item = id.Length is 0 or > 26 ? null : await contents.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null || item.DeletedUtc is not null || item.TryGetPart(nameof(GrantApplicationPart)) is null)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en-GB" : "da-DK";
        var bytes = writer.Write(await bundles.BuildAsync(item, now, language, cancellationToken), cancellationToken);

        item.Alter<GrantApplicationPart>(p => p.BundledUtc = now);
        await contents.UpdateAsync(item, BaseVersion.SaveOverLatest, publish: false, cancellationToken: cancellationToken);
        audit.Record(new AuditTrailEntry(ApplicationsAdminController.AuditCategory, "Bundled", item.ContentItemId, item.DisplayText)
        {
            ObjectType = item.ContentType,
            After = new JsonObject { ["BundledUtc"] = now.ToString("O", CultureInfo.InvariantCulture) },
        });
        await db.SaveChangesAsync(cancellationToken);
        var reference = GrantApplicationFields.Reference(item) ?? item.ContentItemId;
        return File(bytes, PdfDocumentWriter.ContentType, $"{T["case-bundle"]}-{reference}.pdf");
    }
}
