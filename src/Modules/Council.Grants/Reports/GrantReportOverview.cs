using System.Globalization;
using Cms.Core.Data;
using Cms.Core.Localization;
using Council.Grants.Data;
using Council.Grants.Models;
using Microsoft.EntityFrameworkCore;

namespace Council.Grants.Reports;

/// <summary>
/// The reports as the secretariat reads them: an application's reports with their accounts for its page, and the reports
/// asked for and not in for the dashboard — past due, and overdue once their due date is more than 30 days behind.
/// </summary>
public sealed class GrantReportOverview(LtkDbContext db, SiteTimeZone siteTime, TimeProvider clock)
{
    public const int OverdueAfterDays = 30;

    private const int MaxListed = 20;

    /// <summary>The application's reports asked for, newest first, each with its lines in order.</summary>
    public async Task<IReadOnlyList<GrantReport>> ForApplicationAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var reports = await db.Set<GrantReport>().AsNoTracking().Include(r => r.Lines)
            .Where(r => r.ContentItemId == contentItemId)
            .OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
        reports.ForEach(r => r.Lines.Sort((a, b) => a.Position.CompareTo(b.Position)));
        return reports;
    }

    /// <summary>Reports not in whose case is still open: how many are past their due date, and the ones overdue by more than 30 days.</summary>
    public async Task<OverdueGrantReports> OverdueAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(siteTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        var overdueBefore = today.AddDays(-OverdueAfterDays);
        var waiting = from r in db.Set<GrantReport>().AsNoTracking()
                      join i in db.Set<GrantApplicationIndex>().AsNoTracking() on r.ContentItemId equals i.ContentItemId
                      where r.SubmittedUtc == null && r.DueDate < today && i.Status == GrantApplicationStatus.ReportRequested
                      select new { r.ContentItemId, r.DueDate, i.Reference, i.ProjectTitle };
        var pastDue = await waiting.CountAsync(cancellationToken);
        var overdue = await waiting.Where(w => w.DueDate < overdueBefore).OrderBy(w => w.DueDate).Take(MaxListed).ToListAsync(cancellationToken);
        var overdueCount = overdue.Count < MaxListed ? overdue.Count : await waiting.CountAsync(w => w.DueDate < overdueBefore, cancellationToken);
        return new OverdueGrantReports(pastDue, overdueCount,
            [.. overdue.Select(o => new OverdueGrantReport(o.Reference, o.ProjectTitle, o.DueDate.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), today.DayNumber - o.DueDate.DayNumber, $"/admin/applications/{Uri.EscapeDataString(o.ContentItemId)}"))]);
    }
}
