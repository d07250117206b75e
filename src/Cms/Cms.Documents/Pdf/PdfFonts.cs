using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Cms.Documents.Pdf;

/// <summary>The fonts of one document: the embedded DejaVu Sans in Unicode encoding, so every character is real, searchable text.</summary>
internal sealed class PdfFonts
{
    private readonly Dictionary<TextStyle, XFont> _fonts;

    public PdfFonts()
    {
        EmbeddedFontResolver.EnsureInstalled();
        var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
        XFont Font(double size, XFontStyleEx style) => new(EmbeddedFontResolver.Family, size, style, options);
        _fonts = new Dictionary<TextStyle, XFont>
        {
            [TextStyle.Body] = Font(10, XFontStyleEx.Regular),
            [TextStyle.Strong] = Font(10, XFontStyleEx.Bold),
            [TextStyle.Heading1] = Font(18, XFontStyleEx.Bold),
            [TextStyle.Heading2] = Font(14, XFontStyleEx.Bold),
            [TextStyle.Heading3] = Font(11.5, XFontStyleEx.Bold),
            [TextStyle.Footer] = Font(8.5, XFontStyleEx.Regular),
        };
    }

    public XFont this[TextStyle style] => _fonts[style];

    /// <summary>The distance from one line's top to the next.</summary>
    public double LineHeight(TextStyle style) => _fonts[style].GetHeight() * 1.1;
}
