using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ganss.Xss;
using Markdig;

namespace Cms.Contents.Fields;

/// <summary>Helpers the field and part drivers share: JSON reads, safe HTML, Markdown, typed numbers and links.</summary>
public static class FieldDriverSupport
{
    private static readonly HtmlSanitizer s_sanitizer = new();
    private static readonly MarkdownPipeline s_markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private static readonly SafeHtmlCache s_sanitized = new(4_000_000);
    private static readonly SafeHtmlCache s_markdownHtml = new(4_000_000);

    public static string? GetString(JsonObject? value, string property) =>
        value?[property] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static decimal? GetDecimal(JsonObject? value, string property) =>
        value?[property] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<decimal>(out var d) ? d : null;

    public static bool GetBool(JsonObject? value, string property) =>
        value?[property] is JsonValue v && v.GetValueKind() == JsonValueKind.True;

    public static IReadOnlyList<string> GetStrings(JsonObject? value, string property) =>
        value?[property] is JsonArray array ? array.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList() : [];

    /// <summary>HTML with scripts, event handlers and other unsafe markup removed (remembered: pages show the same texts again and again).</summary>
    public static string Sanitize(string html) => html.Length == 0 ? "" : s_sanitized.GetOrAdd(html, h => s_sanitizer.Sanitize(h));

    /// <summary>Markdown as safe HTML (raw HTML in the Markdown is shown as text, and the result is sanitized).</summary>
    public static string MarkdownToHtml(string markdown) =>
        markdown.Length == 0 ? "" : s_markdownHtml.GetOrAdd(markdown, m => s_sanitizer.Sanitize(Markdown.ToHtml(m, s_markdown)));

    /// <summary>The visible text of an HTML fragment (to tell an empty editor from real content).</summary>
    public static string TextOf(string html)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", " ", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        return System.Net.WebUtility.HtmlDecode(text).Trim();
    }

    /// <summary>Danish or international decimal input: "12,5" and "12.5" both mean twelve and a half.</summary>
    public static bool TryParseDecimal(string text, out decimal value)
    {
        var cleaned = text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace('\u00a0'.ToString(), "", StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A link target editors may use: an http(s) address or a path on this site.</summary>
    public static bool IsAllowedUrl(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal))
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && !string.IsNullOrEmpty(uri.Host));
}
