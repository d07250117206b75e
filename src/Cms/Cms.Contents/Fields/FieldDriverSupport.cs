using System.Globalization;
using Cms.Core.Localization;
using Ganss.Xss;
using Microsoft.Extensions.Localization;
using Markdig;

namespace Cms.Contents.Fields;

/// <summary>Helpers the field and part drivers share: safe HTML, Markdown, typed numbers, dates, times and links.</summary>
public static class FieldDriverSupport
{
    private static readonly HtmlSanitizer s_sanitizer = new();
    private static readonly MarkdownPipeline s_markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private static readonly SafeHtmlCache s_sanitized = new(4_000_000);
    private static readonly SafeHtmlCache s_markdownHtml = new(4_000_000);

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
    public static bool TryParseDecimal(string text, out decimal value) => DanishNumbers.TryParse(text, out value);

    /// <summary>A link target editors may use: an http(s) address or a path on this site.</summary>
    public static bool IsAllowedUrl(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal))
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && !string.IsNullOrEmpty(uri.Host));

    /// <summary>The date input's yyyy-MM-dd, or Danish 25.11.2026 from browsers without a date picker.</summary>
    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "d.M.yyyy", "d-M-yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "H:mm", "HH:mm:ss", "HH.mm", "H.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>
    /// Reads a field's single "Value" input: empty is allowed unless required; otherwise text that
    /// <paramref name="parse"/> refuses (returns null for) gets the error <paramref name="invalid"/>. Null when empty or refused.
    /// </summary>
    public static TValue? ReadValue<TValue>(FieldContext context, IStringLocalizer T, bool required, string invalid, Func<string, TValue?> parse)
        where TValue : struct
    {
        var text = context.Input("Value");
        if (text.Length == 0)
        {
            if (required)
            {
                context.AddError("Value", T["Fill in {0}.", context.Label]);
            }

            return null;
        }

        var value = parse(text);
        if (value is null)
        {
            context.AddError("Value", invalid);
        }

        return value;
    }
}
