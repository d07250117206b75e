using Council.Prize.Models;

namespace Council.Prize.Data;

/// <summary>
/// One candidate of one nomination, with what the checks found: nominations of the same candidate share a
/// <see cref="GroupKey"/>; a former winner and the council members the candidate is (or whose association it is) are flagged.
/// </summary>
public sealed class PrizeCandidate
{
    public long Id { get; set; }

    public string NominationContentItemId { get; set; } = "";

    public long RoundId { get; set; }

    public PrizeCandidateKind Kind { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The name as the checks compare it: a person's by PersonNames, an organisation's by OrganisationNames.</summary>
    public string NormalizedName { get; set; } = "";

    /// <summary>The candidate across nominations: "person:ali hassan" or "organisation:lyngby boldklub".</summary>
    public string GroupKey { get; set; } = "";

    /// <summary>How to reach the candidate when the nominator knows it (e-mail or phone); asked for the Art. 14 notice.</summary>
    public string Contact { get; set; } = "";

    /// <summary>The year the candidate won before, when they did ("normally not given to the same recipient twice").</summary>
    public int? FormerWinnerYear { get; set; }

    /// <summary>The council members the candidate is or leads, as member item ids separated by commas; empty for none.</summary>
    public string ConflictMemberIds { get; set; } = "";
}
