using System.Globalization;
using Cms.Documents.Localization;
using Microsoft.Extensions.Localization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Cms.Documents.Pdf;

/// <summary>
/// Writes a <see cref="TextDocument"/> as an accessible PDF (decision 0048): real Unicode text in the embedded DejaVu
/// Sans, a structure tree that tags every heading, paragraph, list and table (the catalog is marked, its language and
/// title set, and the title is what a reader shows), and page numbers ("Side 2 af 5") and rules as artifacts that a
/// screen reader skips. Thread-safe; register with <see cref="DocumentsServiceCollectionExtensions.AddPdfDocuments"/>.
/// </summary>
public sealed class PdfDocumentWriter(IStringLocalizer<DocumentStrings> T)
{
    public const string ContentType = "application/pdf";

    private static readonly XBrush s_text = new XSolidBrush(XColor.FromArgb(0x1a, 0x1a, 0x1a));
    private static readonly XBrush s_muted = new XSolidBrush(XColor.FromArgb(0x55, 0x55, 0x55));
    private static readonly XBrush s_shade = new XSolidBrush(XColor.FromArgb(0xee, 0xee, 0xee));
    private static readonly XColor s_rule = XColor.FromArgb(0x99, 0x99, 0x99);

    /// <summary>The document as PDF bytes.</summary>
    public byte[] Write(TextDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var fonts = new PdfFonts();
        var pages = PdfLayout.Lay(document, fonts, cancellationToken);
        var pageLabel = PageLabel(document.Language);

        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        if (document.Author is { Length: > 0 } author)
        {
            pdf.Info.Author = author;
        }

        var accessibility = UAManager.ForDocument(pdf);
        accessibility.SetDocumentLanguage(document.Language);
        pdf.ViewerPreferences.DisplayDocTitle = true;
        var structure = accessibility.StructureBuilder;
        for (var index = 0; index < pages.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = pdf.AddPage();
            page.Width = XUnit.FromPoint(PdfLayout.PageWidth);
            page.Height = XUnit.FromPoint(PdfLayout.PageHeight);
            using var gfx = XGraphics.FromPdfPage(page);
            Footer(gfx, structure, fonts, document.Title, string.Format(CultureInfo.InvariantCulture, pageLabel, index + 1, pages.Count));
            foreach (var op in pages[index])
            {
                Draw(gfx, structure, fonts, op);
            }

            // An element that goes on to the next page closes its marked content on this one, while its graphics live.
            structure.EndMarkedContentsWithId();
        }

        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        return stream.ToArray();
    }

    private static void Draw(XGraphics gfx, StructureBuilder structure, PdfFonts fonts, LayoutOp op)
    {
        switch (op.Kind)
        {
            case LayoutOpKind.Begin:
                Begin(structure, op.Tag);
                break;
            case LayoutOpKind.End:
                structure.End();
                break;
            case LayoutOpKind.Text:
                gfx.DrawString(op.Text, fonts[op.Style], s_text, op.X, op.Y, XStringFormats.TopLeft);
                break;
            case LayoutOpKind.ArtifactText:
                structure.BeginArtifact();
                gfx.DrawString(op.Text, fonts[op.Style], s_text, op.X, op.Y, XStringFormats.TopLeft);
                structure.End();
                break;
            case LayoutOpKind.Rule:
                structure.BeginArtifact();
                gfx.DrawLine(new XPen(s_rule, op.Height), op.X, op.Y, op.X + op.Width, op.Y);
                structure.End();
                break;
            case LayoutOpKind.Fill:
                structure.BeginArtifact();
                gfx.DrawRectangle(s_shade, op.X, op.Y, op.Width, op.Height);
                structure.End();
                break;
            default:
                throw new NotSupportedException(op.Kind.ToString());
        }
    }

    /// <summary>Opens the element; a header cell says whether it heads its column or its row.</summary>
    private static void Begin(StructureBuilder structure, string tag)
    {
        var (name, scope) = tag.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? (tag[..colon], tag[(colon + 1)..]) : (tag, null);
        if (name is "Caption")
        {
            structure.BeginElement(PdfGroupingElementTag.Caption);
            return;
        }

        structure.BeginBlockLevelElement(name);
        if (scope is not null)
        {
            structure.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", "/" + scope);
        }
    }

    /// <summary>The document's title and the page number at the foot of every page, as an artifact (not read as content).</summary>
    private static void Footer(XGraphics gfx, StructureBuilder structure, PdfFonts fonts, string title, string pageNumber)
    {
        var font = fonts[TextStyle.Footer];
        var y = PdfLayout.PageHeight - 44;
        var numberWidth = gfx.MeasureString(pageNumber, font).Width;
        var titleLines = PdfLayout.Wrap(gfx, title, font, PdfLayout.Width - numberWidth - 24);
        structure.BeginArtifact();
        gfx.DrawLine(new XPen(s_rule, 0.5), PdfLayout.Left, y - 6, PdfLayout.Right, y - 6);
        gfx.DrawString(titleLines[0] + (titleLines.Count > 1 ? " …" : ""), font, s_muted, PdfLayout.Left, y, XStringFormats.TopLeft);
        gfx.DrawString(pageNumber, font, s_muted, PdfLayout.Right - numberWidth, y, XStringFormats.TopLeft);
        structure.End();
    }

    /// <summary>"Page {0} of {1}" in the document's language, whatever the language of the request that writes it.</summary>
    private string PageLabel(string language)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            return T["Page {0} of {1}"].Value;
        }
        catch (CultureNotFoundException)
        {
            return T["Page {0} of {1}"].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
