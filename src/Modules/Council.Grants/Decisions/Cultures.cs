using System.Globalization;
using Cms.Core.Localization;

namespace Council.Grants.Decisions;

/// <summary>Runs a piece of text-making in another language than the request's: the letter's, the minutes' (Danish).</summary>
public static class Cultures
{
    public static T In<T>(string culture, Func<T> make)
    {
        var wanted = culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? CultureInfo.GetCultureInfo("en") : DanishCulture.Culture;
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = wanted;
        try
        {
            return make();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
