namespace Council.Grants.Models;

/// <summary>One request for more information during screening: what was asked, when, and the applicant's answer and files.</summary>
public sealed class GrantInformationAnswer
{
    public string RequestId { get; set; } = "";

    public string Question { get; set; } = "";

    public DateTime AskedUtc { get; set; }

    public string? Answer { get; set; }

    public DateTime? AnsweredUtc { get; set; }

    public List<GrantInformationFile> Files { get; set; } = [];
}
