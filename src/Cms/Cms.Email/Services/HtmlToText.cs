using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Cms.Email.Services;

/// <summary>
/// The text part of a mail written only as HTML: paragraphs, headings and list items on lines of their own, links as
/// "text (address)" so a reader of the text part can still follow them, scripts and styles left out.
/// </summary>
public static class HtmlToText
{
    private static readonly HtmlParser s_parser = new();

    private static readonly HashSet<string> s_blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote", "pre", "address",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "hr", "figure", "figcaption",
    };

    private static readonly HashSet<string> s_skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "head", "template" };

    public static string Convert(string html)
    {
        var document = s_parser.ParseDocument(html);
        var text = new StringBuilder();
        Append(document.Body ?? (INode)document, text, preformatted: false);
        return Tidy(text.ToString());
    }

    private static void Append(INode node, StringBuilder text, bool preformatted)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    // Outside <pre> a line break in the source is a space, as a browser shows it.
                    text.Append(preformatted ? t.Data : t.Data.ReplaceLineEndings(" "));
                    break;
                case IElement e when s_skipped.Contains(e.LocalName):
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement { LocalName: "a" } a:
                    var before = text.Length;
                    Append(a, text, preformatted);
                    var label = text.ToString(before, text.Length - before).Trim();
                    if (a.GetAttribute("href") is { Length: > 0 } href && !href.StartsWith('#') && !string.Equals(label, href, StringComparison.Ordinal))
                    {
                        text.Append(" (").Append(href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? href[7..] : href).Append(')');
                    }

                    break;
                case IElement e when s_blocks.Contains(e.LocalName):
                    NewLine(text);
                    if (e.LocalName == "li")
                    {
                        text.Append("- ");
                    }

                    Append(e, text, preformatted || e.LocalName == "pre");
                    NewLine(text);
                    if (e.LocalName is "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "table" or "ul" or "ol" or "blockquote")
                    {
                        text.Append('\n');
                    }

                    break;
                case IElement { LocalName: "td" or "th" } cell:
                    Append(cell, text, preformatted);
                    text.Append('\t');
                    break;
                default:
                    Append(child, text, preformatted);
                    break;
            }
        }
    }

    /// <summary>Ends the current line unless it is empty; the spaces that formatted the source between blocks go first.</summary>
    private static void NewLine(StringBuilder text)
    {
        while (text.Length > 0 && text[^1] is ' ' or '\t')
        {
            text.Length--;
        }

        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }
    }

    /// <summary>Spaces as a browser shows them: runs collapsed, lines trimmed, at most one empty line between paragraphs.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n')
            .Select(line => string.Join(' ', line.Split([' ', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)));
        var result = new StringBuilder();
        var empty = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                empty++;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(empty > 0 ? "\n\n" : "\n");
            }

            result.Append(line);
            empty = 0;
        }

        return result.ToString();
    }
}
