namespace Council.Grants.Models;

/// <summary>A file the applicant added with an answer, kept in the forms' private file store (the same shape as a FileField).</summary>
public sealed class GrantInformationFile
{
    public string FileId { get; set; } = "";

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Length { get; set; }
}
