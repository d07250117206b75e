using Cms.Contents.Models;

namespace Council.Prize.Models;

/// <summary>
/// PrizeNominationPart: a nomination's own answers on the form type <c>PrizeNomination</c> — the candidates, the criteria
/// ticked and the motivation — and the round it belongs to. The nominator's name and address are the form's fields; the
/// secretariat's check is kept in <see cref="Data.PrizeNominationIndex"/>.
/// </summary>
public sealed class PrizeNominationPart : ContentPart
{
    /// <summary>The year of the round it was sent in.</summary>
    public int RoundYear { get; set; }

    /// <summary>One or more candidates (a shared prize can be proposed).</summary>
    public List<PrizeCandidateEntry> Candidates { get; set; } = [];

    /// <summary>The keys of the <see cref="PrizeCriteria"/> the nominator ticked.</summary>
    public List<string> Criteria { get; set; } = [];

    /// <summary>Why the candidate deserves the prize; required, with a minimum length.</summary>
    public string Motivation { get; set; } = "";
}
