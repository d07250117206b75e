using System.Globalization;

namespace Cms.Core.Localization;

/// <summary>
/// The site's time zone (<c>SiteSettings.TimeZoneId</c>, Europe/Copenhagen unless a recipe says otherwise): every
/// time a person types or reads is local time in it. One per site; <see cref="Settings.SiteSettingsService"/>
/// keeps it in step with the settings, so a change shows on the next page without a restart.
/// </summary>
public sealed class SiteTimeZone
{
    public const string DefaultId = "Europe/Copenhagen";

    private volatile TimeZoneInfo _zone = TimeZoneInfo.TryFindSystemTimeZoneById(DefaultId, out var zone) ? zone : TimeZoneInfo.Utc;

    public TimeZoneInfo Zone => _zone;

    /// <summary>Switches to the named zone; an unknown name (the Settings step refuses those) leaves the zone as it is.</summary>
    public void Use(string? timeZoneId)
    {
        if (timeZoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) && zone.Id != _zone.Id)
        {
            _zone = zone;
        }
    }

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);

    public DateTimeOffset ToLocal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, _zone);

    /// <summary>A local time as UTC; a time that does not exist (the spring gap) moves forward an hour.</summary>
    public DateTime ToUtc(DateTime local)
    {
        var zone = _zone;
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
    }

    /// <summary>Danish date and time, e.g. 25.11.2026 14:30.</summary>
    public string FormatDateTime(DateTime utc) => ToLocal(utc).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
}
