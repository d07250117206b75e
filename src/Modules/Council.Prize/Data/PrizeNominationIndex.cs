namespace Council.Prize.Data;

/// <summary>
/// One row per nomination (a content item of the form type <c>PrizeNomination</c>), kept in step with the item: what the
/// round's page lists and counts without reading the documents.
/// </summary>
public sealed class PrizeNominationIndex
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public long RoundId { get; set; }

    /// <summary>The form's reference number (LTK-2027-0042).</summary>
    public string Reference { get; set; } = "";

    public PrizeNominationStatus Status { get; set; } = PrizeNominationStatus.Received;

    /// <summary>Why it is not valid, or what more was asked for; told to the nominator.</summary>
    public string StatusReason { get; set; } = "";

    public string NominatorName { get; set; } = "";

    public string NominatorEmail { get; set; } = "";

    /// <summary>The nominator's language ("da" or "en"): mails to them are written in it.</summary>
    public string Culture { get; set; } = "da";

    public DateTime SubmittedUtc { get; set; }

    public DateTime? CheckedUtc { get; set; }

    public string CheckedBy { get; set; } = "";
}
