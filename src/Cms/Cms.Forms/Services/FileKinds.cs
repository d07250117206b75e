namespace Cms.Forms.Services;

/// <summary>
/// The kinds of file a form accepts, told apart by their first bytes rather than by the name or the type the browser
/// claims (a renamed file is refused). DOCX and XLSX are zip packages: the part names inside tell them apart.
/// </summary>
public static class FileKinds
{
    public const string Pdf = "pdf";
    public const string Png = "png";
    public const string Jpeg = "jpeg";
    public const string Docx = "docx";
    public const string Xlsx = "xlsx";

    public static readonly IReadOnlyList<string> All = [Pdf, Png, Jpeg, Docx, Xlsx];

    /// <summary>How many bytes <see cref="Detect"/> looks at.</summary>
    public const int HeaderLength = 64 * 1024;

    /// <summary>The kind the bytes are, or null when they are none of the accepted kinds.</summary>
    public static string? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (header.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return Png;
        }

        if (header.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return Jpeg;
        }

        if (header.StartsWith("PK\x03\x04"u8))
        {
            // Office packages name their main part in the zip's local headers, normally among the first entries.
            if (header.IndexOf("word/"u8) >= 0)
            {
                return Docx;
            }

            if (header.IndexOf("xl/"u8) >= 0)
            {
                return Xlsx;
            }
        }

        return null;
    }

    /// <summary>The media type a kind is stored and served as.</summary>
    public static string ContentTypeOf(string kind) => kind switch
    {
        Pdf => "application/pdf",
        Png => "image/png",
        Jpeg => "image/jpeg",
        Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };

    /// <summary>The file name endings a kind may have.</summary>
    public static IReadOnlyList<string> ExtensionsOf(string kind) => kind switch
    {
        Pdf => [".pdf"],
        Png => [".png"],
        Jpeg => [".jpg", ".jpeg"],
        Docx => [".docx"],
        Xlsx => [".xlsx"],
        _ => [],
    };

    /// <summary>The kind a file name claims by its ending, or null.</summary>
    public static string? ClaimedBy(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return All.FirstOrDefault(k => ExtensionsOf(k).Contains(extension));
    }
}
