using Cms.Core.Localization;

namespace Council.Grants.Services;

/// <summary>Amounts in kroner as the site writes and reads them: 59.800 kr., typed as 59800, 59.800 or 59.800,50.</summary>
public static class GrantAmounts
{
    /// <summary>Danish amount, e.g. 59.800 kr. (øre only when there are any: 1.234,50 kr.).</summary>
    public static string Format(decimal amount) =>
        amount.ToString(decimal.Truncate(amount) == amount ? "#,0" : "#,0.00", DanishCulture.Culture) + " kr.";

    /// <summary>A typed amount; "kr." and spaces are allowed. False when it is not a number.</summary>
    public static bool TryParse(string? text, out decimal amount)
    {
        amount = 0;
        var cleaned = (text ?? "").Trim();
        if (cleaned.EndsWith("kr.", StringComparison.OrdinalIgnoreCase))
        {
            cleaned = cleaned[..^3];
        }
        else if (cleaned.EndsWith("kr", StringComparison.OrdinalIgnoreCase))
        {
            cleaned = cleaned[..^2];
        }

        return DanishNumbers.TryParse(cleaned, out amount);
    }

    /// <summary>The amount as an input shows it: 59800 or 1234,50 (no thousands separator, so it reads back unchanged).</summary>
    public static string ToInput(decimal amount) =>
        amount.ToString(decimal.Truncate(amount) == amount ? "0" : "0.00", DanishCulture.Culture);
}
