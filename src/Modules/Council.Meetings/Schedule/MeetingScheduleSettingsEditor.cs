using System.Globalization;
using Cms.Admin.Settings;
using Cms.Core.Localization;
using Cms.Core.Security;
using Cms.Core.Settings;
using Council.Meetings.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Council.Meetings.Schedule;

/// <summary>
/// <c>/admin/settings/MeetingScheduleSettings</c>: the coming meeting dates typed the Danish way, one per line, and the
/// item deadline in days. A date that is no date, or that has passed, is refused at the field with what was typed kept.
/// </summary>
public sealed class MeetingScheduleSettingsEditor(SiteTimeZone siteTime, TimeProvider clock, IStringLocalizer<MeetingStrings> T) : SiteSettingsSectionEditor<MeetingScheduleSettings>
{
    public const int MaxItemDeadlineDays = 90;

    public override string DisplayName => T["Meeting schedule"];

    public override string Description => T["The council's coming meetings and how many days before a meeting its items must be in. Applications are told which meeting is expected to treat them."];

    public override Permission Permission => Permissions.ManageMeetings;

    public override string View => "~/Areas/Admin/Views/MeetingSchedule/_MeetingScheduleSettings.cshtml";

    public override IReadOnlyList<string> Inputs => [nameof(MeetingScheduleSettings.MeetingDatesText), nameof(MeetingScheduleSettings.ItemDeadlineDays)];

    public override async Task<object> ReadAsync(SiteSettingsService settings, CancellationToken cancellationToken)
    {
        var stored = await settings.GetSectionAsync<MeetingScheduleSettings>(cancellationToken);
        return new MeetingScheduleSettings
        {
            MeetingDates = [.. stored.MeetingDates],
            ItemDeadlineDays = stored.ItemDeadlineDays,
            MeetingDatesText = string.Join('\n', stored.MeetingDates.Order().Select(d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture))),
        };
    }

    protected override void Validate(MeetingScheduleSettings settings, ModelStateDictionary errors)
    {
        var today = MeetingCalendar.LocalDate(clock.GetUtcNow(), siteTime.Zone);
        foreach (var line in Lines(settings.MeetingDatesText))
        {
            if (!TryParse(line, out var date))
            {
                errors.AddModelError(nameof(settings.MeetingDatesText), T["\"{0}\" is not a date. Write each meeting date as day.month.year, e.g. 25.11.2026, one date per line.", line]);
                break;
            }

            if (date < today)
            {
                errors.AddModelError(nameof(settings.MeetingDatesText), T["The meeting on {0} has passed. Give only coming meetings; remove the dates that have passed.", date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)]);
                break;
            }
        }

        // A word where the number belongs fails binding with a generic message: this says what to write instead.
        var key = nameof(settings.ItemDeadlineDays);
        // The entry keeps what was typed (shown again), only its message is replaced.
        if (errors[key] is { Errors.Count: > 0 } entry)
        {
            entry.Errors.Clear();
            errors.AddModelError(key, T["Give the item deadline as a number of days from 0 to {0}, e.g. 14.", MaxItemDeadlineDays]);
        }
        else if (settings.ItemDeadlineDays is < 0 or > MaxItemDeadlineDays)
        {
            errors.AddModelError(key, T["Give the item deadline as a number of days from 0 to {0}, e.g. 14.", MaxItemDeadlineDays]);
        }
    }

    protected override MeetingScheduleSettings Normalize(MeetingScheduleSettings settings) => new()
    {
        MeetingDates = [.. Lines(settings.MeetingDatesText).Select(l => TryParse(l, out var d) ? d : default).Where(d => d != default).Distinct().Order()],
        ItemDeadlineDays = settings.ItemDeadlineDays,
    };

    private static string[] Lines(string? text) =>
        (text ?? "").Split(['\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, ["d.M.yyyy", "d-M-yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
