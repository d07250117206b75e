namespace Cms.Forms.Data;

/// <summary>
/// The index row of a submitted item: its reference and the hash of its receipt token, so the receipt page finds
/// the item by the private link without reading content JSON, and the token itself is never stored.
/// </summary>
public sealed class FormSubmissionRecord
{
    public string ContentItemId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string Reference { get; set; } = "";

    /// <summary>SHA-256 of the receipt token, hex.</summary>
    public string ReceiptTokenHash { get; set; } = "";

    public string Culture { get; set; } = "";

    public DateTime SubmittedUtc { get; set; }
}
