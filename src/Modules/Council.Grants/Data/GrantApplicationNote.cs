namespace Council.Grants.Data;

/// <summary>
/// A staff member's internal note on an application: who wrote it, when, and the text. Never shown to the applicant
/// (a table of its own, not part of the item's JSON that receipts and status pages read).
/// </summary>
public sealed class GrantApplicationNote
{
    public const int MaxLength = 4000;

    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string AuthorName { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public string Text { get; set; } = "";
}
