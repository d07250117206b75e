namespace Cms.Core.Settings;

/// <summary>The site settings (name, languages, time zone) were changed; they show on every page.</summary>
public sealed record SiteSettingsChanged;
