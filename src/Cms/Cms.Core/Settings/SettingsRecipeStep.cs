using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Core.Events;
using Cms.Core.Recipes;

namespace Cms.Core.Settings;

/// <summary>
/// The <c>Settings</c> step, in Orchard's shape: <c>SiteName</c>, <c>TimeZoneId</c> and
/// <c>LocalizationSettings: { DefaultCulture, SupportedCultures[] }</c>. Publishes <see cref="SiteSettingsChanged"/>,
/// so the cached settings, the time zone and the cached pages follow once the recipe commits. Any other object property
/// is a module's settings section stored under its name (<c>"MeetingScheduleSettings": { … }</c>), replacing the stored one.
/// </summary>
public sealed class SettingsRecipeStep(SiteSettingsService settingsService, IEventPublisher events) : IRecipeStepHandler
{
    public string StepName => "Settings";

    public async Task ExecuteAsync(JsonObject step, CancellationToken cancellationToken)
    {
        var settings = await settingsService.LoadForUpdateAsync(cancellationToken);

        if (Recipe.GetString(step, "SiteName") is { } siteName)
        {
            if (string.IsNullOrWhiteSpace(siteName))
            {
                throw new RecipeException("SiteName is empty.");
            }

            settings.SiteName = siteName.Trim();
        }

        if (Recipe.GetString(step, "TimeZoneId") is { } timeZoneId)
        {
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _))
            {
                throw new RecipeException($"TimeZoneId '{timeZoneId}' is not a known time zone.");
            }

            settings.TimeZoneId = timeZoneId;
        }

        if (Recipe.GetProperty(step, "LocalizationSettings") is JsonObject localization)
        {
            var supported = Recipe.GetProperty(localization, "SupportedCultures") is JsonArray array
                ? array.Select(n => n?.GetValue<string>() ?? "").ToList()
                : settings.SupportedCultures.ToList();
            var defaultCulture = Recipe.GetString(localization, "DefaultCulture") ?? settings.DefaultCulture;

            foreach (var name in supported.Append(defaultCulture))
            {
                if (!IsKnownCulture(name))
                {
                    throw new RecipeException($"Culture '{name}' is not a known culture.");
                }
            }

            if (!supported.Contains(defaultCulture, StringComparer.OrdinalIgnoreCase))
            {
                supported.Insert(0, defaultCulture);
            }

            settings.DefaultCulture = defaultCulture;
            settings.SupportedCultures = supported;
        }

        foreach (var (name, value) in step)
        {
            if (value is JsonObject section && !s_ownProperties.Contains(name))
            {
                settings.Sections[name] = section.DeepClone();
            }
        }

        await events.PublishAsync(new SiteSettingsChanged(), cancellationToken);
    }

    private static readonly HashSet<string> s_ownProperties = new(StringComparer.OrdinalIgnoreCase) { "name", "SiteName", "TimeZoneId", "LocalizationSettings" };

    private static bool IsKnownCulture(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        try
        {
            return !CultureInfo.GetCultureInfo(name, predefinedOnly: true).Equals(CultureInfo.InvariantCulture);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
