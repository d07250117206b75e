using Cms.Core.Data;
using Cms.Core.Localization;
using Council.Grants.Data;
using Council.Grants.Localization;
using Council.Grants.Models;
using Council.Meetings.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Decisions;

/// <summary>
/// The public list of granted projects per pool year: the grants of concluded meetings that the secretariat marked for
/// the list (a decision is public only once its meeting is concluded and the applicant has heard). A private person's
/// grant shows "Privatperson", never the name.
/// </summary>
public sealed class FundedProjects(LtkDbContext db, IStringLocalizer<DecisionStrings> T)
{
    public const string DanishSegment = "stoettede-projekter";
    public const string DanishPath = "/" + DanishSegment;
    public const string EnglishPath = "/en/funded-projects";

    /// <summary>The years with at least one project on the list, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken) =>
        (await ListedAsync(null, cancellationToken)).Select(d => d.PoolYear).Distinct().OrderDescending().ToList();

    /// <summary>The year's listed projects by meeting, then title in Danish order.</summary>
    public async Task<IReadOnlyList<FundedProject>> ForYearAsync(int year, CancellationToken cancellationToken)
    {
        var decisions = await ListedAsync(year, cancellationToken);
        var ids = decisions.Select(d => d.ContentItemId).ToList();
        var index = await db.Set<GrantApplicationIndex>().AsNoTracking()
            .Where(i => ids.Contains(i.ContentItemId))
            .ToDictionaryAsync(i => i.ContentItemId, StringComparer.Ordinal, cancellationToken);
        return decisions
            .Where(d => index.ContainsKey(d.ContentItemId))
            .Select(d => new FundedProject(d.MeetingDate, Organisation(index[d.ContentItemId]), index[d.ContentItemId].ProjectTitle, d.GrantedAmount ?? 0))
            .OrderBy(p => p.MeetingDate).ThenBy(p => p.ProjectTitle, DanishCulture.Comparer)
            .ToList();
    }

    /// <summary>
    /// Per application, the decision of the latest concluded meeting (later meetings' rows are not final yet), when it
    /// granted money and is marked for the list.
    /// </summary>
    private async Task<List<GrantDecision>> ListedAsync(int? year, CancellationToken cancellationToken)
    {
        var concluded = await db.Set<Meeting>().AsNoTracking()
            .Where(m => m.Status != MeetingStatus.Cancelled && (m.ConcludedUtc != null || m.Status == MeetingStatus.MinutesApproved || m.Status == MeetingStatus.Published))
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
        var marked = db.Set<GrantDecision>().AsNoTracking().Where(d => concluded.Contains(d.MeetingId));
        if (year is { } y)
        {
            marked = marked.Where(d => d.PoolYear == y);
        }

        var rows = await marked.ToListAsync(cancellationToken);
        return rows
            .GroupBy(d => d.ContentItemId, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(d => d.MeetingDate).ThenByDescending(d => d.DecidedUtc).ThenByDescending(d => d.Id).First())
            .Where(d => d.ShowInPublicList && d.GrantedAmount is > 0 && d.Outcome is GrantDecisionOutcome.Granted or GrantDecisionOutcome.PartlyGranted)
            .ToList();
    }

    private string Organisation(GrantApplicationIndex index) =>
        index.ApplicantKind == ApplicantKinds.PrivatePerson ? T["Private person"]
        : index.Organisation.Length > 0 ? index.Organisation
        : "–";
}
