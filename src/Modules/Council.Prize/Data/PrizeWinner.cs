using Council.Prize.Models;

namespace Council.Prize.Data;

/// <summary>
/// A winner of a round as the council chose them: their share of the prize, the description and the justification the
/// diploma gives, the recorded reason when a flagged candidate was chosen, and their consent to be named in public.
/// </summary>
public sealed class PrizeWinner
{
    public long Id { get; set; }

    public long RoundId { get; set; }

    /// <summary>The candidate group chosen (<see cref="PrizeCandidate.GroupKey"/>).</summary>
    public string GroupKey { get; set; } = "";

    public string Name { get; set; } = "";

    public PrizeCandidateKind Kind { get; set; }

    /// <summary>The winner's share of the round's amount, in kroner.</summary>
    public decimal AmountKroner { get; set; }

    /// <summary>What the winner did, for the diploma and the winner page.</summary>
    public string Description { get; set; } = "";

    /// <summary>Why the council chose them, for the diploma, the letter and the winner page.</summary>
    public string Justification { get; set; } = "";

    /// <summary>Why a candidate flagged as a former winner or a conflict was chosen anyway; empty when not flagged.</summary>
    public string FlagOverride { get; set; } = "";

    public PrizeConsentStatus ConsentStatus { get; set; } = PrizeConsentStatus.Pending;

    /// <summary>The hash of the private consent link's token; the token itself is only in the mail.</summary>
    public string ConsentTokenHash { get; set; } = "";

    public DateTime? ConsentAskedUtc { get; set; }

    public DateTime? ConsentAnsweredUtc { get; set; }

    /// <summary>Where the consent request and the notice go: from the nomination's contact for the candidate.</summary>
    public string ContactEmail { get; set; } = "";

    /// <summary>The draft (then published) winner page made for the editor.</summary>
    public string? WinnerPageContentItemId { get; set; }

    public DateTime? NotifiedUtc { get; set; }
}
