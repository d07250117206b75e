namespace Cms.Forms.Receipts;

/// <summary>
/// A section a contributor adds to a receipt: a heading, its paragraphs, and optionally a progress list (the steps a
/// submission goes through, each done, current or still to come).
/// </summary>
public sealed record FormReceiptPanel(string Heading, IReadOnlyList<string> Paragraphs)
{
    public IReadOnlyList<FormReceiptProgressStep> Progress { get; init; } = [];

    /// <summary>A stable name for the section, used as its id on the page (e.g. <c>status</c>).</summary>
    public string Name { get; init; } = "";
}
