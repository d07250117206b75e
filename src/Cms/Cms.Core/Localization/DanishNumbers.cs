using System.Globalization;
using System.Text.RegularExpressions;

namespace Cms.Core.Localization;

/// <summary>
/// Numbers as people in Denmark type them, read in one place: "12,5" and "1.250.000,50" (thousands grouped with dots),
/// also "12 500"; a lone dot that does not group thousands ("12.5") is read as a decimal point, as many keyboards and
/// pasted figures have it. "12.500" is twelve thousand five hundred, never twelve and a half.
/// </summary>
public static partial class DanishNumbers
{
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        var cleaned = (text ?? "").Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        if (cleaned.Length == 0)
        {
            return false;
        }

        if (DanishGrouping().IsMatch(cleaned))
        {
            cleaned = cleaned.Replace(".", "", StringComparison.Ordinal);
        }
        else if (cleaned.Contains(',', StringComparison.Ordinal) && cleaned.Contains('.', StringComparison.Ordinal))
        {
            // "1,250.50" or "1.2,5": which mark is the decimal one cannot be told.
            return false;
        }

        return decimal.TryParse(cleaned.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Thousands grouped with dots, e.g. 59.800 or 1.250.000,50.</summary>
    [GeneratedRegex(@"^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DanishGrouping();
}
