namespace Cms.Documents;

/// <summary>
/// A document for people to read, print and keep: a title, a language and blocks in reading order (headings 1–3,
/// paragraphs, labelled facts, bullet lists, tables, page breaks). It says what the text is, never how it looks; a
/// writer (<see cref="Pdf.PdfDocumentWriter"/>) lays it out. Build it with the fluent methods:
/// <code>new TextDocument("Title", "da-DK").Heading(1, "Title").Paragraph("…").Table(…)</code>
/// </summary>
public sealed class TextDocument
{
    private readonly List<DocumentBlock> _blocks = [];

    /// <param name="title">Shown by a reader's title bar (not the file name) and in every page's footer.</param>
    /// <param name="language">The text's language as a BCP 47 tag, e.g. <c>da-DK</c> or <c>en-GB</c>: screen readers pick their voice by it.</param>
    public TextDocument(string title, string language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        Title = title;
        Language = language;
    }

    public string Title { get; }

    public string Language { get; }

    /// <summary>Who made the document (the organisation), written to the document's properties when given.</summary>
    public string? Author { get; init; }

    public IReadOnlyList<DocumentBlock> Blocks => _blocks;

    /// <summary>A heading of level 1 (the document's or a part's title), 2 or 3.</summary>
    public TextDocument Heading(int level, string text)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        return Add(new DocumentHeading(level, text));
    }

    /// <summary>A paragraph; a line break in the text starts a new line within it.</summary>
    public TextDocument Paragraph(string text) => Add(new DocumentParagraph(text));

    /// <summary>Labelled values ("Amount: 12.500 kr."), shown as a two-column table whose labels head their rows.</summary>
    public TextDocument Facts(IEnumerable<DocumentFact> facts) => Add(new DocumentFacts([.. facts]));

    public TextDocument BulletList(IEnumerable<string> items) => Add(new DocumentList([.. items]));

    /// <summary>A table with a header row; it breaks across pages between rows and repeats its header row.</summary>
    public TextDocument Table(DocumentTable table) => Add(table);

    /// <summary>The next block starts on a new page (nothing happens at the top of a page).</summary>
    public TextDocument PageBreak() => Add(DocumentPageBreak.Instance);

    private TextDocument Add(DocumentBlock block)
    {
        _blocks.Add(block);
        return this;
    }
}
