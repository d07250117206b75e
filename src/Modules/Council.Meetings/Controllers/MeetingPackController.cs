using System.Globalization;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Security;
using Cms.Documents.Pdf;
using Council.Meetings.Agenda;
using Council.Meetings.Localization;
using Council.Meetings.Packs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Council.Meetings.Controllers;

/// <summary>
/// The members' agenda pack of a meeting, <c>/admin/meetings/{id}/pack</c> (HTML to read and print) and
/// <c>/admin/meetings/{id}/pack.pdf</c> (the accessible PDF), both from the same <see cref="MeetingPack"/>.
/// </summary>
[Area("Admin")]
[Route("/admin/meetings/{id:long}")]
[RequirePermission(nameof(Permissions.ManageMeetings))]
public sealed class MeetingPackController(
    MeetingPacks packs,
    PdfDocumentWriter writer,
    AuditTrailService audit,
    LtkDbContext db,
    IStringLocalizer<PackStrings> T) : Controller
{
    public const string AuditCategory = "AgendaPack";

    [HttpGet("pack")]
    public async Task<IActionResult> Pack(long id, CancellationToken cancellationToken) =>
        await packs.ForMeetingAsync(id, AgendaAudience.Members, cancellationToken) is { } pack
            ? View("~/Areas/Admin/Views/MeetingPack/Pack.cshtml", pack)
            : NotFound();

    [HttpGet("pack.pdf")]
    public async Task<IActionResult> Pdf(long id, CancellationToken cancellationToken)
    {
        if (await packs.ForMeetingAsync(id, AgendaAudience.Members, cancellationToken) is not { } pack)
        {
            return NotFound();
        }

        var bytes = writer.Write(MeetingPackDocument.Build(pack, T, DocumentLanguage()), cancellationToken);

        // The pack carries applicants' personal data: who took it out of the admin is recorded.
        audit.Record(new AuditTrailEntry(AuditCategory, "Downloaded", pack.MeetingId.ToString(CultureInfo.InvariantCulture), MeetingPackDocument.Title(pack, T))
        {
            ObjectType = "MeetingPack",
            Comment = T["{0} items", pack.Items.Count],
        });
        await db.SaveChangesAsync(cancellationToken);
        return File(bytes, PdfDocumentWriter.ContentType, $"{T["agenda"]}-{pack.UrlDate}.pdf");
    }

    /// <summary>The PDF's language tag from the admin's language: da-DK, or en-GB for English.</summary>
    public static string DocumentLanguage() =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en-GB" : "da-DK";
}
