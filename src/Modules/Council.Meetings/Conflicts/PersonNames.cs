using System.Globalization;
using System.Text;

namespace Council.Meetings.Conflicts;

/// <summary>
/// People's names made comparable for conflicts of interest: "Ali  Hassan-Jensen" and "ali hassan jensen" are one name.
/// A candidate for the prize who is a council member takes the member out of the choice.
/// </summary>
public static class PersonNames
{
    /// <summary>
    /// Lower case, hyphens and punctuation as spaces, accents on Latin letters left out (é → e) but the Danish letters
    /// kept (æ, ø, å), single spaces. Empty for an empty name.
    /// </summary>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var text = new StringBuilder(name.Length);
        foreach (var ch in name.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture))
        {
            if (ch is 'æ' or 'ø' or 'å')
            {
                text.Append(ch);
                continue;
            }

            foreach (var part in ch.ToString().Normalize(NormalizationForm.FormD))
            {
                if (char.IsLetterOrDigit(part))
                {
                    text.Append(part);
                }
                else if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                {
                    text.Append(' ');
                }
            }
        }

        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Whether two names are of one person: equal once normalized, or with the same first and last name when a middle
    /// name is left out on one side. A single name (a first name alone) matches nothing but an equal single name.
    /// </summary>
    public static bool Same(string? first, string? second)
    {
        var a = Normalize(first);
        var b = Normalize(second);
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        if (a == b)
        {
            return true;
        }

        var wa = a.Split(' ');
        var wb = b.Split(' ');
        return wa.Length >= 2 && wb.Length >= 2 && wa[0] == wb[0] && wa[^1] == wb[^1];
    }
}
