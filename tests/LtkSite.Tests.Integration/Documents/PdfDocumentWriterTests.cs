using Cms.Documents;
using Cms.Documents.Localization;
using Cms.Documents.Pdf;
using LtkSite.Testing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LtkSite.Tests.Integration.Documents;

/// <summary>The PDF writer on its own: what a reader, a screen reader and a printer get from a document.</summary>
public sealed class PdfDocumentWriterTests
{
    private static readonly PdfDocumentWriter s_writer = new(new StringLocalizer<DocumentStrings>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)));

    [Fact]
    public void The_text_is_real_text_in_an_embedded_font_and_every_page_is_numbered_in_the_documents_language()
    {
        var document = new TextDocument("Årsrapport for Integrationsrådet", "da-DK")
            .Heading(1, "Årsrapport for Integrationsrådet")
            .Paragraph("Rådet behandlede 12 ansøgninger og bevilgede i alt 59.800 kr. – æøå ÆØÅ.")
            .PageBreak()
            .Heading(2, "Anden side")
            .Paragraph("Mere tekst.");

        var pdf = PdfReadBack.Read(s_writer.Write(document));

        Assert.Equal(2, pdf.Pages.Count);
        Assert.Contains("59.800 kr.", pdf.Pages[0]);
        Assert.Contains("æøå ÆØÅ", pdf.Pages[0]);
        Assert.Contains("Side 1 af 2", pdf.Pages[0]);
        Assert.Contains("Side 2 af 2", pdf.Pages[1]);
        Assert.Empty(pdf.FontsNotEmbedded);
        Assert.All(pdf.FontNames, name => Assert.Contains("DejaVu Sans", name));
    }

    [Fact]
    public void The_document_is_tagged_with_its_language_and_title_for_screen_readers()
    {
        var document = new TextDocument("Agenda", "en-GB")
            .Heading(1, "Agenda")
            .Heading(2, "Item 1")
            .Heading(3, "Budget")
            .Paragraph("A paragraph.")
            .Facts([new DocumentFact("Amount asked", "12.500 kr.")])
            .BulletList(["first.pdf", "second.pdf"])
            .Table(new DocumentTable("Budget", ["Item", "Amount"], [["Rent", "2.000 kr."], ["Food", "10.500 kr."]]) { EndAlignedColumns = new HashSet<int> { 1 } });

        var pdf = PdfReadBack.Read(s_writer.Write(document));

        Assert.True(pdf.Marked);
        Assert.True(pdf.HasStructureTree);
        Assert.Equal("en-GB", pdf.Language);
        Assert.Equal("Agenda", pdf.Title);
        Assert.True(pdf.DisplayDocTitle);
        Assert.Equal(["Document", "H1", "H2", "H3", "P"], pdf.Tags.Take(5));
        Assert.Contains("L", pdf.Tags);
        Assert.Contains("LI", pdf.Tags);
        Assert.Contains("LBody", pdf.Tags);
        Assert.Contains("Caption", pdf.Tags);
        Assert.Contains("THead", pdf.Tags);
        Assert.Contains("TH", pdf.Tags);
        Assert.Contains("TD", pdf.Tags);
        Assert.Contains("Page 1 of 1", pdf.Text);
    }

    [Fact]
    public void A_long_table_breaks_across_pages_between_rows_and_repeats_its_header_row()
    {
        var rows = Enumerable.Range(1, 120).Select(i => (IReadOnlyList<string>)[$"Line {i}", $"{i * 100:N0} kr."]).ToList();
        var document = new TextDocument("Budget", "da-DK")
            .Heading(1, "Budget")
            .Table(new DocumentTable(null, ["Post", "Beløb"], rows));

        var pdf = PdfReadBack.Read(s_writer.Write(document));

        Assert.True(pdf.Pages.Count >= 3);
        Assert.All(pdf.Pages, page => Assert.StartsWith("Post Beløb", page.Replace("Budget ", "", StringComparison.Ordinal)));
        Assert.Contains("Line 120", pdf.Pages[^1]);
        var all = pdf.Text;
        Assert.All(Enumerable.Range(1, 120), i => Assert.Contains($"Line {i} ", all));
        Assert.Equal(121, pdf.Tags.Count(t => t == "TR"));
        Assert.Contains($"Side {pdf.Pages.Count} af {pdf.Pages.Count}", pdf.Pages[^1]);
    }

    [Fact]
    public void Long_paragraphs_wrap_within_the_page_and_go_on_to_the_next()
    {
        var text = string.Join(" ", Enumerable.Repeat("Projektet samler familier i Lyngby-Taarbæk om fællesspisning og lektiehjælp.", 150));
        var document = new TextDocument("Beskrivelse", "da-DK").Heading(1, "Beskrivelse").Paragraph(text);

        var bytes = s_writer.Write(document);
        var pdf = PdfReadBack.Read(bytes);

        Assert.True(pdf.Pages.Count >= 2);
        using var read = UglyToad.PdfPig.PdfDocument.Open(bytes);
        foreach (var page in read.GetPages())
        {
            Assert.All(page.Letters, letter => Assert.InRange(letter.BoundingBox.Right, 0, page.Width - 50));
        }
    }
}
