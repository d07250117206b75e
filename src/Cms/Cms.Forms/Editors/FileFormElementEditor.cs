using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Cms.Contents.Metadata;
using Cms.Core.Data;
using Cms.Forms.Data;
using Cms.Forms.Localization;
using Cms.Forms.Models;
using Cms.Forms.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cms.Forms.Editors;

/// <summary>
/// FileField: an upload checked on its bytes (the kind from its first bytes, not its name; the size), stored at once
/// in the private file store so a later round trip keeps it without asking again; a refused upload keeps the file
/// accepted before, if any.
/// </summary>
public sealed class FileFormElementEditor(LtkDbContext db, IFormFileStore store, UnclaimedFormFiles unclaimed, TimeProvider clock, IStringLocalizer<FormStrings> T) : IFormElementEditor
{
    public const string FileInput = "File";

    public string? FieldType => FileFieldDriver.Type;

    public string? PartName => null;

    public string View => "~/Views/FormElements/FileField.cshtml";

    public string FocusProperty(FormElement element) => FileInput;

    public async ValueTask CollectAsync(FormElementContext context, CancellationToken cancellationToken)
    {
        var element = context.Element;
        if (context.Request is not { HasFormContentType: true } request || request.Form.Files.GetFile(element.Name(FileInput)) is not { Length: > 0 } upload)
        {
            return;
        }

        var settings = element.Field!.Settings.GetSettings<FileFieldSettings>();
        var allowed = settings.AllowedTypes.Count == 0 ? FileKinds.All : settings.AllowedTypes.Select(k => k.ToLowerInvariant()).ToList();
        if (upload.Length > settings.MaxSizeKb * 1024L)
        {
            context.AddError(FileInput, T["{0}: the file is {1}; it can be at most {2}.", element.Label, Size(upload.Length), Size(settings.MaxSizeKb * 1024L)]);
            return;
        }

        var header = new byte[FileKinds.HeaderLength];
        int read;
        await using (var stream = upload.OpenReadStream())
        {
            read = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        }

        var fileName = Path.GetFileName(upload.FileName);
        var kind = FileKinds.Detect(header.AsSpan(0, read));
        var claimed = FileKinds.ClaimedBy(fileName);
        if (kind is null || !allowed.Contains(kind) || (claimed is not null && claimed != kind))
        {
            context.AddError(FileInput, claimed is not null && kind != claimed
                ? T["{0}: the file {1} is not a real {2} file. Choose a file of one of these kinds: {3}.", element.Label, fileName, claimed.ToUpperInvariant(), KindList(allowed)]
                : T["{0}: the file {1} is not of a kind we accept. Choose a file of one of these kinds: {2}.", element.Label, fileName, KindList(allowed)]);
            return;
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
        db.Set<FormFileRecord>().Add(record);
        await unclaimed.SweepAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        context.Answers.Set(element.Name("FileId"), fileId);
        context.Answers.Set(element.Name("FileName"), record.FileName);
        context.Answers.Set(element.Name("ContentType"), record.ContentType);
        context.Answers.Set(element.Name("Length"), record.Length.ToString(CultureInfo.InvariantCulture));
    }

    public async ValueTask ApplyAsync(FormElementContext context, CancellationToken cancellationToken)
    {
        var element = context.Element;
        var fileId = context.Answers.Get(element.Name("FileId"));
        var record = fileId.Length == 0 ? null : await db.Set<FormFileRecord>().AsNoTracking().FirstOrDefaultAsync(f => f.FileId == fileId && f.ContentItemId == null, cancellationToken);
        if (record is null)
        {
            if (element.Required)
            {
                context.AddError(FileInput, T["Choose a file for {0}.", element.Label]);
            }

            context.Item.Part(element.PartName).Remove(element.Field!.Name);
            return;
        }

        context.Item.Part(element.PartName)[element.Field!.Name] = new JsonObject
        {
            ["FileId"] = record.FileId,
            ["FileName"] = record.FileName,
            ["ContentType"] = record.ContentType,
            ["Length"] = record.Length,
        };
    }

    public ValueTask<string> SummaryAsync(FormElementContext context, CancellationToken cancellationToken)
    {
        var field = context.Item.FileField(context.Element.PartName, context.Element.Field!.Name);
        return new(field.FileName is { Length: > 0 } name ? $"{name} ({Size(field.Length ?? 0)})" : "");
    }

    /// <summary>A size as people read it: 120 kB, 4,2 MB.</summary>
    public static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Create(CultureInfo.GetCultureInfo("da-DK"), $"{Math.Max(1, (bytes + 1023) / 1024)} kB")
        : string.Create(CultureInfo.GetCultureInfo("da-DK"), $"{bytes / (1024d * 1024d):0.#} MB");

    private static string KindList(IEnumerable<string> kinds) => string.Join(", ", kinds.Select(k => k.ToUpperInvariant()));
}
