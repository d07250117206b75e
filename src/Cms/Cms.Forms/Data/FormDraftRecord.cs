namespace Cms.Forms.Data;

/// <summary>
/// A form saved unfinished to be continued by a private link (docs/decisions/0044). It holds the answers sealed with the
/// site's keys (never readable from the table), the step the citizen was on, and only the hash of the link's token.
/// </summary>
public sealed class FormDraftRecord
{
    /// <summary>A random id; the sealed state names it, so saving again from the same form updates this row.</summary>
    public string Id { get; set; } = "";

    public string ContentType { get; set; } = "";

    /// <summary>SHA-256 of the link's token, hex.</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>The answers so far, sealed for this draft alone (data protection, purpose and the draft's id).</summary>
    public string SealedAnswers { get; set; } = "";

    public int Step { get; set; }

    /// <summary>The language the form was saved in.</summary>
    public string Culture { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public DateTime SavedUtc { get; set; }

    /// <summary>30 days after the last save; the link stops working then and the nightly job deletes the draft.</summary>
    public DateTime ExpiresUtc { get; set; }
}
