namespace Cms.Admin.Models;

/// <summary>A settings section on the settings overview.</summary>
public sealed record SettingsSectionLink(string Name, string DisplayName, string Description);
