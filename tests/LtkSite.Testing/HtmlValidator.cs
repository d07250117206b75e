using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;

namespace LtkSite.Testing;

/// <summary>
/// Checks a page's HTML: the errors of an HTML5 parser (AngleSharp follows the WHATWG parsing rules and reports every
/// parse error), plus mistakes a parser accepts but assistive technology trips over: duplicate ids, a missing page
/// language or title, labels and ARIA references pointing nowhere, images without alt, and interactive elements
/// nested inside links or buttons.
/// </summary>
public static class HtmlValidator
{
    /// <summary>Elements a user can operate; none of them may sit inside a link or a button (HTML content model).</summary>
    private const string Interactive = "a[href], button, input:not([type=hidden]), select, textarea, details, embed, iframe, label, audio[controls], video[controls]";

    /// <summary>Elements a label's for may point at.</summary>
    private static readonly HashSet<string> s_labelable = new(StringComparer.OrdinalIgnoreCase) { "button", "input", "meter", "output", "progress", "select", "textarea" };

    /// <summary>Every problem found, each with where it is (line:column for parse errors, the element otherwise).</summary>
    public static IReadOnlyList<string> Validate(string html)
    {
        var problems = new List<string>();
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        parser.Error += (_, e) =>
        {
            if (e is HtmlErrorEvent error)
            {
                problems.Add($"parse error at {error.Position.Line}:{error.Position.Column}: {error.Message}");
            }
        };
        var document = parser.ParseDocument(html);

        if (!html.TrimStart().StartsWith("<!DOCTYPE html>", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("the page does not start with <!DOCTYPE html>");
        }

        if (string.IsNullOrWhiteSpace(document.DocumentElement.GetAttribute("lang")))
        {
            problems.Add("<html> has no lang");
        }

        if (document.Head?.QuerySelector("title") is not { } title || string.IsNullOrWhiteSpace(title.TextContent))
        {
            problems.Add("the page has no <title>");
        }

        if (document.QuerySelectorAll("main:not([hidden])").Length > 1)
        {
            problems.Add("more than one visible <main>");
        }

        var ids = document.QuerySelectorAll("[id]").GroupBy(e => e.Id!, StringComparer.Ordinal).ToList();
        problems.AddRange(ids.Where(g => g.Count() > 1).Select(g => $"id \"{g.Key}\" is used {g.Count()} times"));
        problems.AddRange(ids.Where(g => g.Key.Length == 0 || g.Key.Any(char.IsWhiteSpace)).Select(g => $"id \"{g.Key}\" is empty or has spaces"));
        var known = ids.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

        foreach (var label in document.QuerySelectorAll("label[for]"))
        {
            var target = label.GetAttribute("for")!;
            if (document.GetElementById(target) is not { } control)
            {
                problems.Add($"{Describe(label)} is for \"{target}\", which does not exist");
            }
            else if (!s_labelable.Contains(control.LocalName) || control is IHtmlInputElement { Type: "hidden" })
            {
                problems.Add($"{Describe(label)} is for {Describe(control)}, which cannot be labelled");
            }
        }

        foreach (var attribute in new[] { "aria-labelledby", "aria-describedby", "aria-controls" })
        {
            foreach (var element in document.QuerySelectorAll($"[{attribute}]"))
            {
                foreach (var id in element.GetAttribute(attribute)!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(id => !known.Contains(id)))
                {
                    problems.Add($"{Describe(element)} has {attribute} \"{id}\", which does not exist");
                }
            }
        }

        problems.AddRange(document.QuerySelectorAll("img:not([alt])").Select(img => $"{Describe(img)} has no alt"));

        foreach (var outer in document.QuerySelectorAll("a[href], button"))
        {
            problems.AddRange(outer.QuerySelectorAll(Interactive).Select(inner => $"{Describe(inner)} is inside {Describe(outer)}"));
        }

        return problems;
    }

    /// <summary>Fails with every problem of the page, headed by <paramref name="what"/> (e.g. its address).</summary>
    public static void AssertValid(string html, string what)
    {
        var problems = Validate(html);
        if (problems.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"{what} is not valid HTML:\n  " + string.Join("\n  ", problems));
        }
    }

    private static string Describe(IElement element)
    {
        var id = element.Id is { Length: > 0 } value ? $"#{value}" : "";
        var text = element.TextContent.Trim();
        return $"<{element.LocalName}{id}>" + (text.Length > 0 ? $" \"{(text.Length > 40 ? text[..40] + "…" : text)}\"" : "");
    }
}
