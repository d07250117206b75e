namespace Cms.Forms.Data;

/// <summary>
/// A file a citizen uploaded to a form. It belongs to no item while the form is being filled in; a submission
/// claims it (<see cref="ContentItemId"/>), a saved draft keeps it (<see cref="DraftId"/>) until it is sent or expires, and
/// files never claimed are removed after a day.
/// </summary>
public sealed class FormFileRecord
{
    public string FileId { get; set; } = "";

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Length { get; set; }

    public string? ContentItemId { get; set; }

    /// <summary>The saved draft the file belongs to while the form is not yet sent.</summary>
    public string? DraftId { get; set; }

    public DateTime CreatedUtc { get; set; }
}
