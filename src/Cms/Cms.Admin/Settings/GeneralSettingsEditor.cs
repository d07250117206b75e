using Cms.Admin.Localization;
using Cms.Core.Security;
using Cms.Core.Settings;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Cms.Admin.Settings;

/// <summary>The site's name and time zone: the settings every site has, kept in columns of their own rather than a section.</summary>
public sealed class GeneralSettingsEditor(IStringLocalizer<AdminStrings> T) : SiteSettingsSectionEditor<GeneralSettings>
{
    public override string Name => "General";

    public override string DisplayName => T["General"];

    public override string Description => T["The site's name and the time zone its dates and times are shown in."];

    public override Permission Permission => CorePermissions.ManageSettings;

    public override string View => "_GeneralSettings";

    public override IReadOnlyList<string> Inputs => [nameof(GeneralSettings.SiteName), nameof(GeneralSettings.TimeZoneId)];

    public override async Task<object> ReadAsync(SiteSettingsService settings, CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync(cancellationToken);
        return new GeneralSettings { SiteName = site.SiteName, TimeZoneId = site.TimeZoneId };
    }

    protected override void Validate(GeneralSettings settings, ModelStateDictionary errors)
    {
        if (string.IsNullOrWhiteSpace(settings.SiteName))
        {
            errors.AddModelError(nameof(settings.SiteName), T["Enter the site's name."]);
        }
        else if (settings.SiteName.Trim().Length > 200)
        {
            errors.AddModelError(nameof(settings.SiteName), T["The site's name can be at most 200 characters."]);
        }

        if (string.IsNullOrWhiteSpace(settings.TimeZoneId) || !TimeZoneInfo.TryFindSystemTimeZoneById(settings.TimeZoneId.Trim(), out _))
        {
            errors.AddModelError(nameof(settings.TimeZoneId), T["Enter a time zone such as Europe/Copenhagen."]);
        }
    }

    public override Task WriteAsync(object model, SiteSettingsService settings, CancellationToken cancellationToken)
    {
        var general = (GeneralSettings)model;
        return settings.UpdateAsync(
            site =>
            {
                site.SiteName = general.SiteName.Trim();
                site.TimeZoneId = general.TimeZoneId.Trim();
            },
            cancellationToken);
    }
}
