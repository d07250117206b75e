using System.Security.Claims;
using Cms.Contents.Localization;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Core.Navigation;
using Cms.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Dashboard;

/// <summary>The dashboard's "recently changed" box: the last items saved, for users who edit content.</summary>
public sealed class RecentContentWidget(LtkDbContext db, ContentDefinitionManager definitions, SiteTimeZone siteTime, IStringLocalizer<ContentStrings> T) : IDashboardWidgetProvider
{
    public const int Count = 5;

    public async Task<DashboardWidget?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.HasPermission(Permissions.EditOwnContent))
        {
            return null;
        }

        // Compared with a parameter, not read as a bare column: SQLite then walks the list index in modified order
        // instead of reading and sorting every row (as the content list does).
        var latest = true;
        var items = await db.Set<ContentItem>().AsNoTracking()
            .Where(i => i.Latest == latest && i.DeletedUtc == null)
            .OrderByDescending(i => i.ModifiedUtc)
            .Take(Count)
            .Select(i => new { i.ContentItemId, i.DisplayText, i.ContentType, i.ModifiedUtc, i.Author, i.Published, i.HasPublished })
            .ToListAsync(cancellationToken);
        var definition = await definitions.GetSharedAsync(cancellationToken);
        var rows = items.Select(i => new RecentContentRow(
                i.DisplayText,
                definition.FindType(i.ContentType)?.DisplayName ?? i.ContentType,
                siteTime.FormatDateTime(i.ModifiedUtc),
                i.Author,
                i.Published ? T["Published"] : i.HasPublished ? T["Published, with a newer draft"] : T["Draft"],
                "/admin/content/" + Uri.EscapeDataString(i.ContentItemId) + "/edit"))
            .ToList();
        return new DashboardWidget(T["Recently changed"], "_RecentContent", rows, Order: 10);
    }
}
