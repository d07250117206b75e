using System.Globalization;
using System.Text;

namespace Cms.Contents.Parts;

/// <summary>Turns titles into URL paths: lower case, Danish letters spelled out (æ→ae, ø→oe, å→aa), dashes between words.</summary>
public static class Slug
{
    public static string Create(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            switch (c)
            {
                case 'æ': builder.Append("ae"); break;
                case 'ø': builder.Append("oe"); break;
                case 'å': builder.Append("aa"); break;
                case '/': builder.Append('/'); break;
                default:
                    var plain = c.ToString().Normalize(NormalizationForm.FormD)
                        .Where(ch => CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark);
                    foreach (var ch in plain)
                    {
                        builder.Append(char.IsAsciiLetterOrDigit(ch) ? ch : '-');
                    }

                    break;
            }
        }

        return Normalize(builder.ToString());
    }

    /// <summary>Cleans a typed path: no leading or trailing slashes, no empty segments, no runs of dashes.</summary>
    public static string Normalize(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => string.Join('-', s.Split('-', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant())
            .Where(s => s.Length > 0);
        return string.Join('/', segments);
    }

    public static bool IsValid(string path) =>
        path.Length is > 0 and <= 1000 && path.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '/' or '_' or '.');
}
