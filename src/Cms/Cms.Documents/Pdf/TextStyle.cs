namespace Cms.Documents.Pdf;

/// <summary>The text styles of the layout; <see cref="PdfFonts"/> maps each to a font.</summary>
internal enum TextStyle
{
    Body,
    Strong,
    Heading1,
    Heading2,
    Heading3,
    Footer,
}
