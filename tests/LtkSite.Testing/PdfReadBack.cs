using UglyToad.PdfPig;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace LtkSite.Testing;

/// <summary>
/// A generated PDF read back as a person's reader and a screen reader see it: each page's words, the fonts and whether
/// each is embedded, and the catalog's accessibility entries (marked, structure tree, language, title shown).
/// </summary>
public sealed class PdfReadBack
{
    private static readonly string[] s_fontFiles = ["FontFile", "FontFile2", "FontFile3"];

    private PdfReadBack()
    {
    }

    /// <summary>Each page's words joined by single spaces, so "12.500 kr." and "Side 1 af 3" read as they are printed.</summary>
    public IReadOnlyList<string> Pages { get; private init; } = [];

    public string Text => string.Join(" ", Pages);

    public string? Title { get; private init; }

    public IReadOnlySet<string> FontNames { get; private init; } = new HashSet<string>();

    /// <summary>The fonts that carry no font file: a standard-14 font or a system font the reader must substitute.</summary>
    public IReadOnlyList<string> FontsNotEmbedded { get; private init; } = [];

    public bool Marked { get; private init; }

    public bool HasStructureTree { get; private init; }

    public string? Language { get; private init; }

    public bool DisplayDocTitle { get; private init; }

    /// <summary>The structure tree's element types in reading order (Document, H1, P, Table, TR, TH, …).</summary>
    public IReadOnlyList<string> Tags { get; private init; } = [];

    public static PdfReadBack Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var scanner = document.Structure.TokenScanner;
        var catalog = document.Structure.Catalog.CatalogDictionary;
        var pages = new List<string>();
        var fonts = new HashSet<string>(StringComparer.Ordinal);
        var notEmbedded = new List<string>();
        foreach (var page in document.GetPages())
        {
            pages.Add(string.Join(" ", page.GetWords().Select(w => w.Text)));
            if (Dictionary(page.Dictionary, "Resources", scanner) is { } resources && Dictionary(resources, "Font", scanner) is { } fontDictionary)
            {
                foreach (var (_, token) in fontDictionary.Data)
                {
                    var font = Get<DictionaryToken>(token, scanner);
                    var name = Name(font, "BaseFont") ?? "?";
                    fonts.Add(name);
                    var described = Name(font, "Subtype") == "Type0" && font.TryGet(NameToken.Create("DescendantFonts"), out var descendants)
                        ? Get<DictionaryToken>(Get<ArrayToken>(descendants, scanner).Data[0], scanner)
                        : font;
                    var descriptor = Dictionary(described, "FontDescriptor", scanner);
                    if (descriptor is null || !s_fontFiles.Any(k => descriptor.ContainsKey(NameToken.Create(k))))
                    {
                        notEmbedded.Add(name);
                    }
                }
            }
        }

        var markInfo = Dictionary(catalog, "MarkInfo", scanner);
        var structure = Dictionary(catalog, "StructTreeRoot", scanner);
        var tags = new List<string>();
        if (structure is not null && structure.TryGet(NameToken.Create("K"), out var kids))
        {
            CollectTags(kids, scanner, tags);
        }

        return new PdfReadBack
        {
            Pages = pages,
            Title = document.Information.Title,
            FontNames = fonts,
            FontsNotEmbedded = notEmbedded,
            Marked = markInfo is not null && markInfo.TryGet(NameToken.Create("Marked"), out var marked) && Get<BooleanToken>(marked, scanner).Data,
            HasStructureTree = structure is not null,
            Language = catalog.TryGet(NameToken.Create("Lang"), out var lang) ? Get<StringToken>(lang, scanner).Data : null,
            DisplayDocTitle = Dictionary(catalog, "ViewerPreferences", scanner) is { } viewer && viewer.TryGet(NameToken.Create("DisplayDocTitle"), out var display)
                && Get<BooleanToken>(display, scanner).Data,
            Tags = tags,
        };
    }

    private static void CollectTags(IToken token, IPdfTokenScanner scanner, List<string> tags)
    {
        if (token is IndirectReferenceToken or DictionaryToken or ArrayToken)
        {
            var resolved = token is IndirectReferenceToken reference ? scanner.Get(reference.Data)?.Data : token;
            if (resolved is ArrayToken array)
            {
                foreach (var item in array.Data)
                {
                    CollectTags(item, scanner, tags);
                }
            }
            else if (resolved is DictionaryToken element && Name(element, "S") is { } type)
            {
                tags.Add(type);
                if (element.TryGet(NameToken.Create("K"), out var kids))
                {
                    CollectTags(kids, scanner, tags);
                }
            }
        }
    }

    private static T Get<T>(IToken token, IPdfTokenScanner scanner)
        where T : class, IToken =>
        DirectObjectFinder.Get<T>(token, scanner) ?? throw new InvalidOperationException($"The PDF has no {typeof(T).Name} where one belongs.");

    private static DictionaryToken? Dictionary(DictionaryToken owner, string key, IPdfTokenScanner scanner) =>
        owner.TryGet(NameToken.Create(key), out var token) && DirectObjectFinder.TryGet<DictionaryToken>(token, scanner, out var dictionary) ? dictionary : null;

    private static string? Name(DictionaryToken owner, string key) =>
        owner.TryGet(NameToken.Create(key), out var token) && token is NameToken name ? name.Data : null;
}
