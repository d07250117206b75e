namespace Council.Grants.Controllers;

/// <summary>
/// The applicant's page for answering the secretariat: the question, the form with the values kept and its errors, or the
/// state of the link (answered, expired).
/// </summary>
public sealed record GrantInformationPageViewModel(string Action, string Question, string Expires)
{
    public string Answer { get; init; } = "";

    public IReadOnlyList<KeyValuePair<string, string>> Errors { get; init; } = [];

    /// <summary>A file accepted on an earlier try, kept without asking for it again.</summary>
    public string? KeptFileId { get; init; }

    public string? KeptFileName { get; init; }

    /// <summary>When the answer came in (dd.MM.yyyy), once it has.</summary>
    public string? AnsweredOn { get; init; }

    public bool Expired { get; init; }

    public string? ErrorOf(string key) => Errors.FirstOrDefault(e => e.Key == key).Value;
}
