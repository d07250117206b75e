using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Core.Security;
using Cms.Forms.Services;
using Cms.Workflows.Tasks;
using Council.Grants.Models;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;

namespace LtkSite.Tests.Integration.Grants;

/// <summary>
/// What the grant workflow tests do as the applicant and the secretariat do it: send the public form, act on a task, read
/// the application's status and the mails an address received.
/// </summary>
public static partial class GrantWorkflowSteps
{
    public const string Phone = "45 87 12 34";

    public const string Address = "Lyngbygade 17, 2800 Kongens Lyngby";

    private const string Password = "Grant-workflow-password-1";

    /// <summary>
    /// A grant application sent as the public form sends one: stored with its reference and receipt, then the event. The
    /// budget lines default to one line, Mad 6.000 kr., with 5.000 kr. applied for.
    /// </summary>
    public static Task<(string Id, string Reference)> SubmitAsync(SiteFactory site, string email, string culture, DateOnly? endDate = null, IReadOnlyList<(string Item, decimal Amount)>? budget = null, decimal appliedFor = 5000) =>
        site.WithScopeAsync(async services =>
        {
            var english = culture.StartsWith("en", StringComparison.Ordinal);
            var form = (await services.GetRequiredService<FormCatalog>().DescribeAsync("GrantApplication", english, CancellationToken.None))!;
            var contents = services.GetRequiredService<ContentManager>();
            var item = await contents.NewAsync("GrantApplication");
            var fields = new JsonObject
            {
                ["ApplicantKind"] = new JsonObject { ["Values"] = new JsonArray("association") },
                ["ApplicantName"] = new JsonObject { ["Text"] = "Amina Hassan" },
                ["Address"] = new JsonObject { ["Text"] = Address },
                ["Email"] = new JsonObject { ["Email"] = email },
                ["Phone"] = new JsonObject { ["Text"] = Phone },
                ["PreferredLanguage"] = new JsonObject { ["Values"] = new JsonArray(english ? "en" : "da") },
                ["ProjectTitle"] = new JsonObject { ["Text"] = "Fællesspisning i Lundtofteparken" },
                ["StartDate"] = new JsonObject { ["Value"] = "2027-09-15" },
            };
            if (endDate is { } end)
            {
                fields["EndDate"] = new JsonObject { ["Value"] = end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
            }

            item.Content["GrantApplication"] = fields;
            var lines = budget ?? [("Mad", 6000m)];
            item.Content["GrantBudgetPart"] = new JsonObject
            {
                ["BudgetLines"] = new JsonArray([.. lines.Select(l => (JsonNode)new JsonObject { ["Item"] = l.Item, ["Amount"] = l.Amount })]),
                ["AmountAppliedFor"] = appliedFor,
            };
            var receipt = await services.GetRequiredService<FormSubmissionService>().SubmitAsync(form, item, culture, draftId: null, CancellationToken.None);
            return (item.ContentItemId, receipt.Reference);
        });

    /// <summary>The instance's newest task: a task comes back as a task of its own when the workflow returns to it.</summary>
    public static Task<WorkflowTask> LatestTaskAsync(SiteFactory site, string workflowId) =>
        site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkflowTask>().AsNoTracking().Where(t => t.WorkflowId == workflowId).OrderByDescending(t => t.Id).FirstAsync());

    public static Task<GrantApplicationPart> PartAsync(SiteFactory site, string id) =>
        site.WithScopeAsync(async s => (await s.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest))!.As<GrantApplicationPart>());

    /// <summary>A new member of the Secretariat, signed in.</summary>
    public static async Task<HttpClient> SecretaryAsync(SiteFactory site)
    {
        var name = $"sek-{Guid.NewGuid():N}"[..12];
        await site.CreateUserAsync(name, Password, CmsRoles.Secretariat);
        var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(name, Password)).StatusCode);
        return client;
    }

    public static Task<HttpResponseMessage> ActAsync(HttpClient client, WorkflowTask task, string action, string? comment) =>
        client.PostFormAsync(TaskUrls.Task(task.TaskId), TaskUrls.Task(task.TaskId) + "/act",
            [new("Stamp", task.ConcurrencyStamp.ToString()), new("Action", action), new("Comment", comment ?? "")]);

    public static List<MimeMessage> MailsTo(SimpleSmtpServer smtp, string address) =>
        smtp.ReceivedEmail.Where(m => m.ToAddresses.Any(a => a.Address == address)).Select(TestSmtp.Parse).ToList();

    /// <summary>The grantee's report sent through the private link as the report page posts it: one actual amount, explanation and receipt a budget line.</summary>
    public static async Task<HttpResponseMessage> PostReportAsync(HttpClient client, string link, string page, string whatHappened, string participants,
        IReadOnlyList<(string Actual, string Explanation, (string Name, byte[] Bytes)? Receipt)> lines)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(HttpClientExtensions.ExtractAntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(whatHappened), "WhatHappened" },
            { new StringContent(participants), "Participants" },
        };
        foreach (Match kept in KeptReceiptPattern().Matches(page))
        {
            content.Add(new StringContent(kept.Groups[2].Value), "KeptReceipt-" + kept.Groups[1].Value);
        }

        foreach (var (line, index) in lines.Select((l, i) => (l, i + 1)))
        {
            content.Add(new StringContent(line.Actual), $"Actual-{index}");
            content.Add(new StringContent(line.Explanation), $"Explanation-{index}");
            if (line.Receipt is { } receipt)
            {
                var bytes = new ByteArrayContent(receipt.Bytes);
                bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                content.Add(bytes, $"Receipt-{index}", receipt.Name);
            }
        }

        return await client.PostAsync(link, content);
    }

    /// <summary>The private report link (its path) in a mail asking for the report.</summary>
    public static string ReportLinkIn(MimeMessage mail) =>
        ReportLinkPattern().Match(mail.TextBody ?? "") is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("The mail has no report link: " + mail.TextBody);

    [GeneratedRegex(@"http://localhost(/afrapportering/[A-Za-z0-9_-]{43}|/en/report/[A-Za-z0-9_-]{43})")]
    private static partial Regex ReportLinkPattern();

    [GeneratedRegex("name=\"KeptReceipt-([0-9]+)\" value=\"([0-9a-f]+)\"")]
    private static partial Regex KeptReceiptPattern();
}
