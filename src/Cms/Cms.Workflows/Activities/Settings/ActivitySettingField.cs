namespace Cms.Workflows.Activities.Settings;

/// <summary>
/// A setting ready for the form: its input name (<c>Settings.Key</c>, also its id and the key of its errors), the label,
/// hint and options in the reader's language, and the value to show.
/// </summary>
public sealed record ActivitySettingField(
    ActivitySetting Setting,
    string Name,
    string Label,
    string Hint,
    ActivitySettingValue Value,
    IReadOnlyList<ActivitySettingOption> Options);
