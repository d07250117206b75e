using Cms.Admin.Settings;

namespace Cms.Admin.Models;

/// <summary>A settings section's page: the editor that knows its inputs and the values shown (stored, or as posted on an error).</summary>
public sealed record SettingsSectionViewModel(ISiteSettingsSectionEditor Editor, object Settings);
