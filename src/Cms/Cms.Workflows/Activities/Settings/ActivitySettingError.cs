namespace Cms.Workflows.Activities.Settings;

/// <summary>
/// What is wrong with an activity's settings: the message (already in the reader's language) and the setting it is about,
/// so the admin form shows it at that field; null when it is about the activity as a whole.
/// </summary>
public sealed record ActivitySettingError(string? Key, string Message);
