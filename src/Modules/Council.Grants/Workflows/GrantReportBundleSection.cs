using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Contents.Models;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Documents;
using Cms.Forms.Data;
using Cms.Workflows.Models;
using Cms.Workflows.Tasks;
using Council.Grants.Bundle;
using Council.Grants.Data;
using Council.Grants.Decisions;
using Council.Grants.Localization;
using Council.Grants.Reports;
using Council.Grants.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Workflows;

/// <summary>
/// The follow-up in the case bundle (order 500): each report as the grantee sent it with its accounts, the receipts listed per
/// line (the files go to the case system beside the bundle), then the secretariat's handling — the report tasks acted on, the
/// repayment asked for and the case's entries in the pool's ledger. Here, beside the workflow, because the handling is its tasks.
/// </summary>
public sealed class GrantReportBundleSection(
    GrantReportOverview reports,
    GrantDecisionPanels panels,
    LtkDbContext db,
    SiteTimeZone siteTime,
    IStringLocalizer<GrantStrings> T) : IGrantCaseBundleSection
{
    private static readonly CultureInfo s_danish = CultureInfo.GetCultureInfo("da-DK");

    public int Order => 500;

    public async Task AddToAsync(ContentItem application, TextDocument bundle, CancellationToken cancellationToken)
    {
        bundle.Heading(2, T["Report and receipts"]);
        var asked = (await reports.ForApplicationAsync(application.ContentItemId, cancellationToken)).Reverse().ToList();
        if (asked.Count == 0)
        {
            bundle.Paragraph(T["No report has been asked for yet."]);
            return;
        }

        var fileIds = asked.SelectMany(r => r.Lines).Select(l => l.ReceiptFileId).OfType<string>().ToList();
        var files = await db.Set<FormFileRecord>().AsNoTracking().Where(f => fileIds.Contains(f.FileId)).ToDictionaryAsync(f => f.FileId, cancellationToken);
        foreach (var report in asked)
        {
            AddReport(bundle, report, files);
        }

        await AddHandlingAsync(application.ContentItemId, asked, bundle, cancellationToken);
    }

    private void AddReport(TextDocument bundle, GrantReport report, Dictionary<string, FormFileRecord> files)
    {
        if (report.SubmittedUtc is not { } submitted)
        {
            bundle.Heading(3, T["Report asked for on {0}, not in yet", Date(report.RequestedUtc)])
                .Paragraph(T["The project was to end on {0}.", report.DueDate.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)]);
            return;
        }

        bundle.Heading(3, T["Report received on {0}", Date(submitted)]).Facts(
        [
            new(T["Asked for"], siteTime.FormatDateTime(report.RequestedUtc)),
            .. report.Request.Length > 0 ? [new DocumentFact(T["What the secretariat asked for"], report.Request)] : Array.Empty<DocumentFact>(),
            new(T["Received"], siteTime.FormatDateTime(submitted)),
            new(T["What happened in the project"], report.WhatHappened),
            new(T["How many took part"], report.Participants?.ToString("N0", s_danish) ?? "–"),
        ]);

        var flagged = report.Lines.Count(l => l.IsFlagged);
        bundle.Table(new DocumentTable(T["The accounts"], [T["Budget line"], T["Budget"], T["Actual cost"], T["Deviation"], T["Explanation"]],
        [
            .. report.Lines.Select(l => (IReadOnlyList<string>)
            [
                l.Item,
                GrantAmounts.Format(l.Budget),
                l.Actual is { } actual ? GrantAmounts.Format(actual) : "–",
                l.IsFlagged ? T["More than 10 %"] : T["Within 10 %"],
                l.Explanation,
            ]),
            [T["Total"], GrantAmounts.Format(report.Lines.Sum(l => l.Budget)), GrantAmounts.Format(report.Lines.Sum(l => l.Actual ?? 0)), T["{0} flagged", flagged], ""],
        ])
        { EndAlignedColumns = new HashSet<int> { 1, 2 } });

        var receipts = report.Lines.Where(l => l.ReceiptFileId is not null).ToList();
        if (receipts.Count == 0)
        {
            bundle.Paragraph(T["No receipts came with the report."]);
            return;
        }

        bundle.Table(new DocumentTable(T["Receipts"], [T["Budget line"], T["File"], T["Type"], T["Size"], T["Received"]],
        [
            .. receipts.Select(l => files.TryGetValue(l.ReceiptFileId!, out var file)
                ? (IReadOnlyList<string>)[l.Item, file.FileName, TypeOf(file), SizeOf(file.Length), siteTime.FormatDateTime(file.CreatedUtc)]
                : [l.Item, l.ReceiptFileName ?? "–", "–", "–", siteTime.FormatDateTime(submitted)]),
        ])
        { EndAlignedColumns = new HashSet<int> { 3 } });
    }

    /// <summary>The report tasks the secretariat acted on from the first report on, the repayment asked for and the ledger.</summary>
    private async Task AddHandlingAsync(string contentItemId, List<GrantReport> asked, TextDocument bundle, CancellationToken cancellationToken)
    {
        bundle.Heading(3, T["The secretariat's handling"]);
        var since = asked.Select(r => r.SubmittedUtc).Min() ?? asked[0].RequestedUtc;
        var actions = await (from e in db.Set<WorkflowTaskEvent>().AsNoTracking()
                             join t in db.Set<WorkflowTask>().AsNoTracking() on e.TaskId equals t.TaskId
                             where (t.ContentItemId == contentItemId || t.CorrelationId == contentItemId) && e.Kind == WorkflowTaskEventKind.Acted && e.AtUtc >= since
                             orderby e.AtUtc, e.Id
                             select new { t.Title, e.Detail, e.Comment, e.UserName, e.AtUtc })
            .ToListAsync(cancellationToken);
        if (actions.Count == 0)
        {
            bundle.Paragraph(T["The secretariat has not handled the report yet."]);
        }

        // One block of facts per action rather than a table: task titles and comments are long and read best whole.
        foreach (var a in actions)
        {
            bundle.Facts(
            [
                new(T["When"], siteTime.FormatDateTime(a.AtUtc)),
                new(T["Task"], a.Title),
                new(T["Action"], a.Detail ?? "–"),
                new(T["By"], a.UserName),
                .. a.Comment is { Length: > 0 } comment ? [new DocumentFact(T["Comment"], comment)] : Array.Empty<DocumentFact>(),
            ]);
        }

        var properties = await db.Set<WorkflowInstance>().AsNoTracking()
            .Where(i => i.CorrelationId == contentItemId)
            .OrderByDescending(i => i.Id)
            .Select(i => i.Properties)
            .ToListAsync(cancellationToken);
        if (properties.Select(p => p[GrantRepaymentTask.PropertyName]).OfType<JsonObject>().FirstOrDefault() is { } repayment)
        {
            bundle.Facts(
            [
                new(T["Repayment asked for"], repayment["Amount"]?.GetValue<string>() ?? "–"),
                .. repayment["Comment"]?.GetValue<string>() is { Length: > 0 } comment ? [new DocumentFact(T["Why"], comment)] : Array.Empty<DocumentFact>(),
            ]);
        }

        var entries = await db.Set<GrantLedgerEntry>().AsNoTracking()
            .Where(e => e.ContentItemId == contentItemId)
            .OrderBy(e => e.RecordedUtc).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
        if (entries.Count > 0)
        {
            bundle.Table(new DocumentTable(T["The case in the pool's ledger"], [T["When"], T["Entry"], T["Amount"], T["By"], T["Note"]],
                [.. entries.Select(e => (IReadOnlyList<string>)[siteTime.FormatDateTime(e.RecordedUtc), panels.KindName(e.Kind), GrantAmounts.Format(e.Amount), e.UserName, e.Note])])
            { EndAlignedColumns = new HashSet<int> { 2 } });
        }
    }

    private string Date(DateTime utc) => siteTime.ToLocal(utc).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string TypeOf(FormFileRecord file) =>
        Path.GetExtension(file.FileName).TrimStart('.').ToUpperInvariant() is { Length: > 0 } extension ? extension : file.ContentType;

    // Sizes the Danish way, as the case's dates and amounts are: 842 byte, 12 kB, 1,4 MB.
    private static string SizeOf(long bytes) => bytes switch
    {
        < 1024 => string.Create(s_danish, $"{bytes} byte"),
        < 1024 * 1024 => string.Create(s_danish, $"{Math.Max(1, Math.Round(bytes / 1024d)):0} kB"),
        _ => string.Create(s_danish, $"{bytes / (1024d * 1024d):0.#} MB"),
    };
}
