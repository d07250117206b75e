namespace Cms.Workflows.Activities.Settings;

/// <summary>A value a setting can take and its label (an English key for fixed options, the name itself for roles and types).</summary>
public sealed record ActivitySettingOption(string Value, string Label);
