namespace Cms.Forms.Data;

/// <summary>
/// A file a citizen uploaded to a form. It belongs to no item while the form is being filled in; a submission
/// claims it (<see cref="ContentItemId"/>), and files never claimed are removed after a day.
/// </summary>
public sealed class FormFileRecord
{
    public string FileId { get; set; } = "";

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Length { get; set; }

    public string? ContentItemId { get; set; }

    public DateTime CreatedUtc { get; set; }
}
