using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Core.Routing;
using Cms.Core.Settings;
using Cms.Forms.Localization;
using Cms.Forms.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Cms.Forms.Services;

/// <summary>
/// A form's address must be its own: not a segment the site keeps for itself (admin, media, …) and not the address
/// of a published page, which the form would hide (the form's route is asked before the pages').
/// </summary>
public sealed class FormPathCheck(LtkDbContext db, SiteSettingsService siteSettings, IOptions<SitePathOptions> sitePaths, IStringLocalizer<FormStrings> T) : IContentTypeCheck
{
    public async Task<IReadOnlyList<string>> CheckAsync(ContentTypeDefinition type, CancellationToken cancellationToken)
    {
        var settings = type.Settings.GetSettings<FormSettings>();
        if (!settings.Enabled)
        {
            return [];
        }

        var site = await siteSettings.GetAsync(cancellationToken);
        var problems = new List<string>();
        foreach (var (path, english) in new[] { (settings.Path, false), (settings.PathEn, true) })
        {
            if (path?.Trim('/').ToLowerInvariant() is not { Length: > 0 } wanted)
            {
                continue;
            }

            var url = english ? "/en/" + wanted : "/" + wanted;
            if (sitePaths.Value.IsReserved(wanted))
            {
                problems.Add(T["The form {0} cannot have the address {1}: the site keeps it for itself. Choose another {2}.", type.DisplayName, url, english ? "PathEn" : "Path"]);
                continue;
            }

            var cultures = site.SupportedCultures
                .Where(c => string.Equals(ContentRoutes.LanguageOf(c), english ? "en" : ContentRoutes.LanguageOf(site.DefaultCulture), StringComparison.OrdinalIgnoreCase))
                .Append("")
                .ToList();
            var page = await db.Set<AutorouteEntry>().AsNoTracking()
                .Where(e => e.IsCurrent && e.Path == wanted && cultures.Contains(e.Culture))
                .Join(db.Set<ContentItem>().Where(i => i.Published), e => e.ContentItemId, i => i.ContentItemId, (e, i) => i.DisplayText)
                .FirstOrDefaultAsync(cancellationToken);
            if (page is not null)
            {
                problems.Add(T["The form {0} cannot have the address {1}: it is the address of the page \"{2}\". Choose another {3}, or give the page another address.", type.DisplayName, url, page, english ? "PathEn" : "Path"]);
            }
        }

        return problems;
    }
}
