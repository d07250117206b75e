using System.Globalization;
using Cms.Core.Localization;
using Cms.Forms.Localization;
using Microsoft.Extensions.Localization;

namespace Cms.Forms.Services;

/// <summary>A draft's times as the pages and the mail say them, in the site's time zone: 25.11.2026 and 25.11.2026 kl. 14.05.</summary>
public static class FormDraftTimes
{
    public static string Date(SiteTimeZone siteTime, DateTime utc) => siteTime.ToLocal(utc).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(SiteTimeZone siteTime, DateTime utc, IStringLocalizer<FormStrings> T)
    {
        var local = siteTime.ToLocal(utc);
        return T["{0} at {1}", local.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), local.ToString("HH.mm", CultureInfo.InvariantCulture)];
    }
}
