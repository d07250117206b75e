using Cms.Admin.Settings;
using Cms.Core.Security;
using Cms.Core.Settings;
using Council.Meetings.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Council.Meetings.Schedule;

/// <summary>
/// <c>/admin/settings/MeetingScheduleSettings</c>: the default item and agenda deadlines in days before a meeting. A word
/// where the number belongs is refused at the field with what was typed kept.
/// </summary>
public sealed class MeetingScheduleSettingsEditor(IStringLocalizer<MeetingStrings> T) : SiteSettingsSectionEditor<MeetingScheduleSettings>
{
    public const int MaxItemDeadlineDays = 90;

    public override string DisplayName => T["Meeting schedule"];

    public override string Description => T["How many days before a meeting its items must be in and its agenda goes out. A meeting planned under Meetings starts with these deadlines."];

    public override Permission Permission => Permissions.ManageMeetings;

    public override string View => "~/Areas/Admin/Views/MeetingSchedule/_MeetingScheduleSettings.cshtml";

    public override IReadOnlyList<string> Inputs => [nameof(MeetingScheduleSettings.ItemDeadlineDays), nameof(MeetingScheduleSettings.AgendaDeadlineDays)];

    public override async Task<object> ReadAsync(SiteSettingsService settings, CancellationToken cancellationToken) =>
        await settings.GetSectionAsync<MeetingScheduleSettings>(cancellationToken);

    protected override void Validate(MeetingScheduleSettings settings, ModelStateDictionary errors)
    {
        Days(errors, nameof(settings.ItemDeadlineDays), settings.ItemDeadlineDays, T["Give the item deadline as a number of days from 0 to {0}, e.g. 14.", MaxItemDeadlineDays]);
        Days(errors, nameof(settings.AgendaDeadlineDays), settings.AgendaDeadlineDays, T["Give the agenda deadline as a number of days from 0 to {0}, e.g. 7.", MaxItemDeadlineDays]);
    }

    protected override MeetingScheduleSettings Normalize(MeetingScheduleSettings settings) => new()
    {
        ItemDeadlineDays = settings.ItemDeadlineDays,
        AgendaDeadlineDays = settings.AgendaDeadlineDays,
    };

    private static void Days(ModelStateDictionary errors, string key, int days, string message)
    {
        // A word where the number belongs fails binding with a generic message: this says what to write instead, and
        // the entry keeps what was typed (shown again).
        if (errors[key] is { Errors.Count: > 0 } entry)
        {
            entry.Errors.Clear();
            errors.AddModelError(key, message);
        }
        else if (days is < 0 or > MaxItemDeadlineDays)
        {
            errors.AddModelError(key, message);
        }
    }
}
