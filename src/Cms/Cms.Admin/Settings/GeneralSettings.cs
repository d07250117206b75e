namespace Cms.Admin.Settings;

/// <summary>The site's name and time zone as the general settings page edits them (stored in the settings row's own columns).</summary>
public sealed class GeneralSettings
{
    public string SiteName { get; set; } = "";

    public string TimeZoneId { get; set; } = "";
}
