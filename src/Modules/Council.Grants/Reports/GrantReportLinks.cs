using Cms.Core.Data;
using Cms.Workflows.Services;
using Council.Grants.Data;
using Council.Grants.Models;
using Council.Grants.Screening;
using Microsoft.EntityFrameworkCore;

namespace Council.Grants.Reports;

/// <summary>
/// The grantee's private links to report on the project, made as the answer links are (a 32-byte random token, only its hash
/// kept): Danish <c>/afrapportering/{token}</c>, English <c>/en/report/{token}</c>. A link works until the case is closed.
/// </summary>
public sealed class GrantReportLinks(LtkDbContext db, TimeProvider clock)
{
    public const string Segment = "afrapportering";

    public const string DanishPath = "/afrapportering/";

    public const string EnglishPath = "/en/report/";

    public static string PathOf(string token, string language) => (language == "en" ? EnglishPath : DanishPath) + token;

    /// <summary>A new report asked for, its lines the grantee's own budget lines, with its first link; staged in the caller's unit of work.</summary>
    public string Ask(string contentItemId, IEnumerable<BudgetLine> budget, DateOnly dueDate, string language, string request, out GrantReport report)
    {
        report = new GrantReport
        {
            RequestId = WorkflowIds.New(),
            ContentItemId = contentItemId,
            Language = language,
            RequestedUtc = clock.GetUtcNow().UtcDateTime,
            DueDate = dueDate,
            Request = request.Length > GrantReport.MaxTextLength ? request[..GrantReport.MaxTextLength] : request,
            Lines = [.. budget.Select((l, i) => new GrantReportLine { Position = i + 1, Item = l.Item.Length > 300 ? l.Item[..300] : l.Item, Budget = l.Amount })],
        };
        db.Add(report);
        return AddLink(report);
    }

    /// <summary>A new link to the application's latest report when it is not in yet, for a reminder; null once it is.</summary>
    public async Task<(string Token, GrantReport Report)?> RemindAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var open = await LatestAsync(contentItemId, cancellationToken);
        return open is null || open.SubmittedUtc is not null ? null : (AddLink(open), open);
    }

    /// <summary>The application's latest report asked for, with its lines; null when none was.</summary>
    public Task<GrantReport?> LatestAsync(string contentItemId, CancellationToken cancellationToken) =>
        db.Set<GrantReport>().AsNoTracking().Include(r => r.Lines)
            .Where(r => r.ContentItemId == contentItemId)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The link's report with its lines in order; null for a token that was never given.</summary>
    public async Task<GrantReport?> FindAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length is < 40 or > 100)
        {
            return null;
        }

        var hash = GrantInformationLinks.HashOf(token);
        var reportId = await db.Set<GrantReportLink>().AsNoTracking().Where(l => l.TokenHash == hash).Select(l => (long?)l.GrantReportId).FirstOrDefaultAsync(cancellationToken);
        if (reportId is null)
        {
            return null;
        }

        var report = await db.Set<GrantReport>().AsNoTracking().Include(r => r.Lines).FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        report?.Lines.Sort((a, b) => a.Position.CompareTo(b.Position));
        return report;
    }

    private string AddLink(GrantReport report)
    {
        var token = GrantInformationLinks.NewToken();
        var link = new GrantReportLink { TokenHash = GrantInformationLinks.HashOf(token), CreatedUtc = clock.GetUtcNow().UtcDateTime };
        if (report.Id == 0)
        {
            // A report staged in this unit of work: the link gets its id when both are saved.
            report.Links.Add(link);
        }
        else
        {
            link.GrantReportId = report.Id;
            db.Add(link);
        }

        return token;
    }
}
