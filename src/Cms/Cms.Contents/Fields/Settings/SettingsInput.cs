using System.Globalization;
using Cms.Contents.Metadata;

namespace Cms.Contents.Fields.Settings;

/// <summary>Reads the numbers typed into settings forms: empty means "not set", Danish decimal comma or point.</summary>
public static class SettingsInput
{
    /// <summary>False when <paramref name="text"/> is given but not a whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static bool TryParseOptionalInt(string? text, int min, int max, out int? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max)
        {
            value = parsed;
            return true;
        }

        return false;
    }

    /// <summary>False when <paramref name="text"/> is given but not a number (no thousands separators).</summary>
    public static bool TryParseOptionalDecimal(string? text, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        value = SettingsJson.ParseDecimal(text.Trim().Replace(',', '.'));
        return value is not null;
    }

    /// <summary>A number already checked by <see cref="TryParseOptionalInt"/>; null when empty.</summary>
    public static int? OptionalInt(string? text) => TryParseOptionalInt(text, int.MinValue, int.MaxValue, out var value) ? value : null;

    /// <summary>A number already checked by <see cref="TryParseOptionalDecimal"/>; null when empty.</summary>
    public static decimal? OptionalDecimal(string? text) => TryParseOptionalDecimal(text, out var value) ? value : null;

    /// <summary>Settings show numbers as they are stored (invariant, no separators).</summary>
    public static string? Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Format(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
