using System.Globalization;

namespace Cms.Core.Localization;

/// <summary>The site's Danish culture and Danish sorting (æ, ø, å after z), in one place.</summary>
public static class DanishCulture
{
    public const string Name = "da-DK";

    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(Name);

    /// <summary>Danish order ignoring case: for lists people read (titles, names, types).</summary>
    public static StringComparer Comparer { get; } = StringComparer.Create(Culture, ignoreCase: true);

    /// <summary>Danish order where "a" and "A" still sort as different words.</summary>
    public static StringComparer CaseSensitiveComparer { get; } = StringComparer.Create(Culture, ignoreCase: false);
}
