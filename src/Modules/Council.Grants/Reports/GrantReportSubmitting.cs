using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Forms.Data;
using Cms.Workflows.Signals;
using Council.Grants.Data;
using Microsoft.EntityFrameworkCore;

namespace Council.Grants.Reports;

/// <summary>
/// Stores a grantee's report (the text, the number who took part, the accounts and the receipts claimed for the application)
/// and signals the workflow, in one unit of work: the signal goes only once the report is committed, and only the first of two
/// reports sent at once is kept.
/// </summary>
public sealed class GrantReportSubmitting(LtkDbContext db, IWorkflowSignals signals, SiteTimeZone siteTime, TimeProvider clock)
{
    /// <summary>The signal the decision workflow waits for after asking for the report, correlated by the application's id.</summary>
    public const string SignalName = "grant report submitted";

    /// <summary>False, and nothing stored, when the report was in already.</summary>
    public async Task<bool> SubmitAsync(GrantReport report, string whatHappened, int participants, IReadOnlyList<GrantReportLineInput> lines, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var unit = await db.BeginUnitOfWorkAsync(cancellationToken);
        var claimed = await db.Set<GrantReport>().Where(r => r.Id == report.Id && r.SubmittedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.SubmittedUtc, now).SetProperty(r => r.WhatHappened, whatHappened).SetProperty(r => r.Participants, participants), cancellationToken);
        if (claimed == 0)
        {
            await unit.RollbackAsync(CancellationToken.None);
            return false;
        }

        var stored = await db.Set<GrantReportLine>().Where(l => l.GrantReportId == report.Id).ToListAsync(cancellationToken);
        var fileIds = lines.Select(l => l.ReceiptFileId).OfType<string>().ToList();
        var files = await db.Set<FormFileRecord>().Where(f => fileIds.Contains(f.FileId) && f.ContentItemId == null).ToDictionaryAsync(f => f.FileId, cancellationToken);
        foreach (var line in stored)
        {
            if (lines.FirstOrDefault(l => l.Position == line.Position) is not { } given)
            {
                continue;
            }

            line.Actual = given.Actual;
            line.Explanation = given.Explanation;
            if (given.ReceiptFileId is { } fileId && files.TryGetValue(fileId, out var file))
            {
                // Claimed by the application, the receipt is the secretariat's to download as the form's files are.
                file.ContentItemId = report.ContentItemId;
                line.ReceiptFileId = file.FileId;
                line.ReceiptFileName = file.FileName;
            }
        }

        await signals.SendAsync(SignalName, report.ContentItemId, new JsonObject
        {
            ["ReportSubmittedOn"] = siteTime.ToLocal(now).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            ["Participants"] = participants,
            ["Deviations"] = stored.Count(l => l.IsFlagged),
        }, signalId: report.RequestId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return true;
    }
}
