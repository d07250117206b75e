using System.Globalization;
using System.Text;

namespace Cms.Core.Text;

/// <summary>
/// The site's one way to make names and addresses from text: Danish letters spelled out (æ→ae, ø→oe,
/// å→aa), accents dropped, lower case, dashes between words. Content paths, media names and technical
/// names all come from here, so the same title gives the same word everywhere.
/// </summary>
public static class Slugs
{
    /// <summary>Longest slug made from a text; a longer title is cut at the last word that fits.</summary>
    public const int MaxLength = 80;

    /// <summary>
    /// A slug of <paramref name="text"/>: only a–z, 0–9 and single dashes. A "/" in the text is a dash like any
    /// other punctuation, so a title such as "Kulturfestival 2025/2026" never adds a level to an address.
    /// </summary>
    public static string FromText(string text, int maxLength = MaxLength)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in Transliterate(text).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return Shorten(builder.ToString().TrimEnd('-'), maxLength);
    }

    /// <summary>Danish letters spelled out (Æ→Ae, ø→oe) and accents dropped (é→e); case and everything else kept.</summary>
    public static string Transliterate(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case 'æ': builder.Append("ae"); break;
                case 'Æ': builder.Append("Ae"); break;
                case 'ø': builder.Append("oe"); break;
                case 'Ø': builder.Append("Oe"); break;
                case 'å': builder.Append("aa"); break;
                case 'Å': builder.Append("Aa"); break;
                default:
                    foreach (var ch in c.ToString().Normalize(NormalizationForm.FormD))
                    {
                        if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
                        {
                            builder.Append(ch);
                        }
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Cleans a typed or generated path: lower case, no leading or trailing slashes, no empty segments, no runs of dashes.</summary>
    public static string NormalizePath(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => string.Join('-', s.Split('-', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant())
            .Where(s => s.Length > 0);
        return string.Join('/', segments);
    }

    /// <summary>A path the site can serve: a–z, digits, dashes, underscores, dots and slashes, at most 1000 characters.</summary>
    public static bool IsValidPath(string path) =>
        path.Length is > 0 and <= 1000 && path.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '/' or '_' or '.');

    /// <summary>Cut at the last dash that keeps the slug within <paramref name="maxLength"/>; one very long word is cut where it must be.</summary>
    private static string Shorten(string slug, int maxLength)
    {
        if (slug.Length <= maxLength)
        {
            return slug;
        }

        var lastDash = slug.LastIndexOf('-', maxLength);
        return lastDash >= maxLength / 2 ? slug[..lastDash] : slug[..maxLength].TrimEnd('-');
    }
}
