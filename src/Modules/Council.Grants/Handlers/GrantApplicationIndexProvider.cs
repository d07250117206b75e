using Cms.Contents.Indexing;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Core.Data;
using Cms.Core.Localization;
using Council.Grants.Data;
using Council.Grants.Models;
using Microsoft.EntityFrameworkCore;

namespace Council.Grants.Handlers;

/// <summary>
/// Writes an application's row in <see cref="GrantApplicationIndex"/> from its latest version: for every save (through
/// <see cref="GrantApplicationHandler"/>) and for rows an older version wrote (the start-up backfill). Raise
/// <see cref="CurrentVersion"/> whenever a row gains a column, so older rows are written again (decision 0055).
/// </summary>
public sealed class GrantApplicationIndexProvider(LtkDbContext db, ContentDefinitionManager definitions, SiteTimeZone siteTime) : IContentIndexProvider
{
    /// <summary>1: the secretariat's recommended amount (and the columns of issue 10, never filled in for older rows).</summary>
    public const int CurrentVersion = 1;

    public string Name => "GrantApplicationIndex";

    public int Version => CurrentVersion;

    public async Task<IReadOnlyList<string>> StaleAsync(string? afterContentItemId, int max, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetSharedAsync(cancellationToken);
        var types = definition.Types.Where(t => t.FindPart(nameof(GrantApplicationPart)) is not null).Select(t => t.Name).ToList();
        if (types.Count == 0)
        {
            return [];
        }

        var rows = db.Set<GrantApplicationIndex>().AsNoTracking();
        var items = db.Set<ContentItem>().AsNoTracking()
            .Where(i => i.Latest && i.DeletedUtc == null && types.Contains(i.ContentType))
            .Where(i => !rows.Any(r => r.ContentItemId == i.ContentItemId && r.IndexVersion >= CurrentVersion));
        if (afterContentItemId is not null)
        {
            // Translated to SQL, where the database compares the ids in the order it sorts them by.
#pragma warning disable CA1309
            items = items.Where(i => string.Compare(i.ContentItemId, afterContentItemId) > 0);
#pragma warning restore CA1309
        }

        return await items.OrderBy(i => i.ContentItemId).Select(i => i.ContentItemId).Take(max).ToListAsync(cancellationToken);
    }

    public async Task IndexAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var part = item.As<GrantApplicationPart>();
        var budget = item.As<GrantBudgetPart>();
        var rows = db.Set<GrantApplicationIndex>();
        var row = rows.Local.FirstOrDefault(r => r.ContentItemId == item.ContentItemId)
            ?? await rows.FirstOrDefaultAsync(r => r.ContentItemId == item.ContentItemId, cancellationToken);
        if (row is null)
        {
            row = new GrantApplicationIndex { ContentItemId = item.ContentItemId };
            rows.Add(row);
        }

        var submitted = part.SubmittedUtc ?? item.CreatedUtc;
        row.IndexVersion = CurrentVersion;
        row.Reference = Limit(GrantApplicationFields.Reference(item) ?? "", 40);
        row.Status = part.Status;
        row.ApplicantKind = GrantApplicationFields.Choice(item, GrantApplicationFields.ApplicantKind) ?? "";
        row.ApplicantName = Limit(GrantApplicationFields.Text(item, GrantApplicationFields.ApplicantName) ?? "", 200);
        row.Organisation = Limit(GrantApplicationFields.Text(item, GrantApplicationFields.Organisation) ?? "", 200);
        row.ProjectTitle = Limit(GrantApplicationFields.Text(item, GrantApplicationFields.ProjectTitle) ?? "", 300);
        row.SearchText = Limit(string.Join(' ', new[] { row.Reference, row.ApplicantName, row.Organisation, row.ProjectTitle }.Where(t => t.Length > 0)).ToLowerInvariant(), 800);
        row.AmountAppliedFor = budget.AmountAppliedFor ?? 0;
        row.AmountInOre = (long)decimal.Round(row.AmountAppliedFor * 100, 0, MidpointRounding.AwayFromZero);
        row.TotalBudget = budget.Total;
        row.RecommendedAmount = part.RecommendedAmount;
        row.SubmittedUtc = submitted;
        row.PoolYear = siteTime.ToLocal(submitted).Year;
        row.ExpectedMeetingDate = part.ExpectedMeetingDate;
        row.MeetingDate = part.AgendaMeetingDate ?? part.ExpectedMeetingDate;
        row.LowerPriority = part.LowerPriority;
        row.StartsBeforeMeeting = part.StartsBeforeMeeting;
    }

    private static string Limit(string text, int max) => text.Length <= max ? text : text[..max];
}
