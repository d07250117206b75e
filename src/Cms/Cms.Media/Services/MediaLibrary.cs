using System.Globalization;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Microsoft.Extensions.Options;

namespace Cms.Media.Services;

/// <summary>Why an upload was refused (the controller words it for the user).</summary>
public enum UploadProblem
{
    None,
    Empty,
    TooLarge,
    WrongType,
    Damaged,
}

public sealed record UploadResult(UploadProblem Problem, string? Path = null);

/// <summary>The library's operations with their rules: checked bytes, safe names, audit records.</summary>
public sealed class MediaLibrary(IMediaFileStore store, IOptions<MediaOptions> options, AuditTrailService audit, LtkDbContext db)
{
    public long MaxFileBytes => options.Value.MaxFileBytes;

    /// <summary>Checks the bytes of an upload and stores it in <paramref name="folder"/> under a safe, unique name.</summary>
    public async Task<UploadResult> UploadAsync(string folder, string uploadedName, Stream content, CancellationToken cancellationToken)
    {
        // Read at most one byte more than allowed: enough to tell "too large" without trusting any header.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxFileBytes)
            {
                return new(UploadProblem.TooLarge);
            }
        }

        if (buffer.Length == 0)
        {
            return new(UploadProblem.Empty);
        }

        var bytes = buffer.ToArray();
        var type = MediaTypes.Sniff(bytes);
        if (type is null)
        {
            return new(UploadProblem.WrongType);
        }

        if (type.IsImage && !MediaTypes.Decodes(bytes))
        {
            return new(UploadProblem.Damaged);
        }

        var name = MediaPath.FileName(uploadedName, type.Extension);
        for (var n = 1; n < 1000; n++)
        {
            var path = MediaPath.Combine(folder, n == 1 ? name : MediaPath.Numbered(name, n));
            if (await store.GetAsync(path, cancellationToken) is not null)
            {
                continue;
            }

            using var stream = new MemoryStream(bytes, writable: false);
            if (await store.TryCreateFileAsync(path, stream, cancellationToken))
            {
                audit.Record(new AuditTrailEntry("Media", "Uploaded", path, MediaPath.NameOf(path))
                {
                    Comment = $"{type.ContentType}, {bytes.Length.ToString(CultureInfo.InvariantCulture)} bytes",
                });
                await db.SaveChangesAsync(cancellationToken);
                return new(UploadProblem.None, path);
            }
        }

        throw new IOException($"No free name for '{name}' in '{folder}'.");
    }

    public async Task<bool> DeleteAsync(string path, CancellationToken cancellationToken)
    {
        if (!await store.DeleteFileAsync(path, cancellationToken))
        {
            return false;
        }

        audit.Record(new AuditTrailEntry("Media", "Deleted", path, MediaPath.NameOf(path)));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The public address of a file, versioned by its last change so it can be cached for a year.</summary>
    public static string Url(MediaEntry file, int? width = null) =>
        "/media/" + string.Join('/', file.Path.Split('/').Select(Uri.EscapeDataString))
        + "?v=" + file.LastModifiedUtc.UtcTicks.ToString("x", CultureInfo.InvariantCulture)
        + (width is { } w ? "&width=" + w.ToString(CultureInfo.InvariantCulture) : "");
}
