namespace Cms.Forms.Models;

/// <summary>The <c>FileFieldSettings</c> group: required, the largest size and the kinds of file accepted.</summary>
public sealed class FileFieldSettings
{
    public string? Hint { get; set; }

    public bool Required { get; set; }

    /// <summary>The largest file accepted, in kilobytes (10 MB unless set).</summary>
    public int MaxSizeKb { get; set; } = 10 * 1024;

    /// <summary>The kinds accepted (see <see cref="Services.FileKinds"/>: pdf, png, jpeg, docx, xlsx); all of them when empty.</summary>
    public List<string> AllowedTypes { get; set; } = [];
}
