using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Council.Meetings.Conflicts;

/// <summary>
/// Names of associations and companies made comparable: "Lyngby Boldklub ApS" and "lyngby boldklub" are one
/// organisation. Used to match an applicant to a member's register of interests, and by the prize for nominees.
/// </summary>
public static partial class OrganisationNames
{
    /// <summary>Company-form suffixes and the like that say nothing about which organisation it is.</summary>
    private static readonly HashSet<string> s_ignoredWords = new(StringComparer.Ordinal)
    {
        "aps", "as", "is", "ivs", "ks", "ps", "amba", "fmba", "smba", "forening", "foreningen",
    };

    /// <summary>
    /// The name in lower case with punctuation and repeated spaces gone, and company forms (ApS, A/S, I/S, IVS, K/S, P/S),
    /// "forening"/"foreningen" and "og omegn" left out. A name made only of such words keeps them, so it still matches
    /// itself and nothing else. Empty for an empty name.
    /// </summary>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var text = name.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture).Replace("&", " og ", StringComparison.Ordinal);
        // "A/S", "a.m.b.a." and "A / S": the letters of a company form written with slashes or dots join into one word.
        text = CompanyForm().Replace(text, m => " " + string.Concat(m.Value.Where(char.IsLetter)) + " ");
        var words = NonWord().Replace(text, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] == "og" && i + 1 < words.Length && words[i + 1] == "omegn")
            {
                i++;
                continue;
            }

            if (!s_ignoredWords.Contains(words[i]))
            {
                kept.Add(words[i]);
            }
        }

        return string.Join(' ', kept.Count > 0 ? kept : [.. words]);
    }

    /// <summary>Whether two names are of one organisation (both non-empty and equal once normalized).</summary>
    public static bool SameOrganisation(string? first, string? second)
    {
        var a = Normalize(first);
        return a.Length > 0 && a == Normalize(second);
    }

    /// <summary>A CVR number as 8 digits (spaces left out), or null when it is not one.</summary>
    public static string? Cvr(string? text)
    {
        var digits = text?.Replace(" ", "", StringComparison.Ordinal) ?? "";
        return digits.Length == 8 && digits.All(char.IsAsciiDigit) && digits[0] != '0' ? digits : null;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[aikp]\s*[/.]\s*s|a\.?m\.?b\.?a|f\.?m\.?b\.?a|s\.?m\.?b\.?a)\.?(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex CompanyForm();

    [GeneratedRegex(@"[^\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();
}
