using Cms.Core.Localization;

namespace Cms.Core.Settings;

/// <summary>The site-wide settings; one row, written by the Settings recipe step and the admin.</summary>
public sealed class SiteSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string SiteName { get; set; } = "";

    public string DefaultCulture { get; set; } = DanishCulture.Name;

    /// <summary>Comma-separated culture names as stored; use <see cref="SupportedCultures"/>.</summary>
    public string SupportedCulturesValue { get; set; } = DanishCulture.Name;

    public string TimeZoneId { get; set; } = SiteTimeZone.DefaultId;

    /// <summary>Set by the first-run setup as its last act; a site without it has not been set up.</summary>
    public DateTime? SetupCompletedUtc { get; set; }

    public IReadOnlyList<string> SupportedCultures
    {
        get => SupportedCulturesValue.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        set => SupportedCulturesValue = string.Join(',', value);
    }
}
