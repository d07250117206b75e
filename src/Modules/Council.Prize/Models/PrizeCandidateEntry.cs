namespace Council.Prize.Models;

/// <summary>One candidate as the nominator gave them on the form.</summary>
public sealed class PrizeCandidateEntry
{
    public PrizeCandidateKind Kind { get; set; }

    public string Name { get; set; } = "";

    /// <summary>How to reach the candidate, when the nominator knows it (e-mail or phone).</summary>
    public string Contact { get; set; } = "";
}
