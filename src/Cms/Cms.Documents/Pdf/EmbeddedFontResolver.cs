using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Cms.Documents.Pdf;

/// <summary>
/// Gives PDFsharp the fonts shipped inside this assembly (DejaVu Sans, regular and bold) for every family asked for,
/// so a document looks the same on every machine and never depends on the fonts a server happens to have installed.
/// Italic is simulated from the upright faces.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly object s_lock = new();
    private static readonly ConcurrentDictionary<string, byte[]> s_faces = new(StringComparer.Ordinal);

    private EmbeddedFontResolver()
    {
    }

    /// <summary>
    /// Installs the resolver once for the process: PDFsharp keeps it in a static and refuses a different one after the
    /// first font was used.
    /// </summary>
    public static void EnsureInstalled()
    {
        if (GlobalFontSettings.FontResolver is EmbeddedFontResolver)
        {
            return;
        }

        lock (s_lock)
        {
            if (GlobalFontSettings.FontResolver is not EmbeddedFontResolver)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: isItalic);

    public byte[]? GetFont(string faceName) => s_faces.GetOrAdd(faceName, Load);

    private static byte[] Load(string faceName)
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream($"Fonts/{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font {faceName} is not embedded in {typeof(EmbeddedFontResolver).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
