using Cms.Contents.Models;

namespace Cms.Forms.Models;

/// <summary>FileField: <c>{"FileId": "…", "FileName": "budget.pdf", "ContentType": "application/pdf", "Length": 12345}</c>; the bytes are in the private file store.</summary>
public sealed class FileField : ContentField
{
    public string? FileId { get; set; }

    public string? FileName { get; set; }

    public string? ContentType { get; set; }

    public long? Length { get; set; }
}
