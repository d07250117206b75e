using System.Security.Cryptography;
using Cms.Core.Data;
using Cms.Forms.Data;
using Cms.Forms.Editors;
using Cms.Forms.Services;
using Council.Grants.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Services;

/// <summary>
/// Files an applicant or grantee sends through a private link (an answer's file, a report's receipts): checked as the forms
/// check theirs (size, kind by the first bytes, a name that does not lie) and kept in the forms' private store, unclaimed
/// until what they belong to is sent, so one accepted on a try with errors is kept without being sent again.
/// </summary>
public sealed class GrantFileUploads(LtkDbContext db, IFormFileStore store, TimeProvider clock, IStringLocalizer<GrantStrings> T)
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>A file accepted on an earlier try and not yet claimed; null for anything else.</summary>
    public async Task<FormFileRecord?> KeptAsync(string fileId, CancellationToken cancellationToken) =>
        fileId.Length is 0 or > 64 ? null
            : await db.Set<FormFileRecord>().AsNoTracking().FirstOrDefaultAsync(f => f.FileId == fileId && f.ContentItemId == null, cancellationToken);

    /// <summary>The upload checked, then stored; or the message saying what is wrong with it.</summary>
    public async Task<(FormFileRecord? File, string? Error)> StoreAsync(IFormFile upload, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(upload.FileName);
        if (upload.Length > MaxFileBytes)
        {
            return (null, T["The file {0} is {1}; it can be at most {2}.", fileName, FileFormElementEditor.Size(upload.Length), FileFormElementEditor.Size(MaxFileBytes)]);
        }

        var header = new byte[FileKinds.HeaderLength];
        int read;
        await using (var stream = upload.OpenReadStream())
        {
            read = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        }

        var kind = FileKinds.Detect(header.AsSpan(0, read));
        var claimed = FileKinds.ClaimedBy(fileName);
        var kinds = string.Join(", ", FileKinds.All.Select(k => k.ToUpperInvariant()));
        if (kind is null || (claimed is not null && claimed != kind))
        {
            return (null, claimed is not null
                ? T["The file {0} is not a real {1} file. Choose a file of one of these kinds: {2}.", fileName, claimed.ToUpperInvariant(), kinds]
                : T["The file {0} is not of a kind we accept. Choose a file of one of these kinds: {1}.", fileName, kinds]);
        }

        var fileId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await using (var stream = upload.OpenReadStream())
        {
            await store.SaveAsync(fileId, stream, cancellationToken);
        }

        var record = new FormFileRecord
        {
            FileId = fileId,
            FileName = fileName.Length > 255 ? fileName[^255..] : fileName,
            ContentType = FileKinds.ContentTypeOf(kind),
            Length = upload.Length,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return (record, null);
    }
}
