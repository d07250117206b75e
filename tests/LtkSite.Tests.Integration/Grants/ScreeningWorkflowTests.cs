using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Cms.Core.Data;
using Cms.Forms.Data;
using Cms.Workflows.Models;
using Cms.Workflows.Tasks;
using Council.Grants.Models;
using LtkSite.Testing;
using LtkSite.Tests.Integration.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;

namespace LtkSite.Tests.Integration.Grants;

public sealed class ScreeningWorkflowTests_Sqlite(SqliteWorkSiteFixture fixture) : ScreeningWorkflowTests<SqliteWorkSiteFixture>(fixture), IClassFixture<SqliteWorkSiteFixture>;

public sealed class ScreeningWorkflowTests_Postgres(PostgresWorkSiteFixture fixture) : ScreeningWorkflowTests<PostgresWorkSiteFixture>(fixture), IClassFixture<PostgresWorkSiteFixture>;

/// <summary>
/// The setup recipe's screening workflow for grant applications: the acknowledgement, the Secretariat's task and its three
/// actions, the applicant's answer by the private link without signing in, and the reminder, with mail at an SMTP server on
/// 127.0.0.1 and the site's clock moved on by hand.
/// </summary>
public abstract partial class ScreeningWorkflowTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : WorkSiteFixture
{
    private const string WorkflowTypeId = "grant-application-screening";

    private const string AskMore = "Bed om flere oplysninger";

    private const string NotEligible = "Ikke støtteberettiget";

    private const string Ready = "Klar til møde";

    private const string Phone = GrantWorkflowSteps.Phone;

    private static readonly byte[] s_pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task The_secretariat_asks_for_more_the_applicant_answers_by_the_link_without_signing_in_and_the_application_is_made_ready()
    {
        using var smtp = TestSmtp.Start(Fixture.SmtpPort);
        var email = TestSmtp.NewAddress("amina");
        var (id, reference) = await SubmitAsync(email, "da-DK");

        var instance = await Site.InstanceAsync(WorkflowTypeId, id);
        Assert.Equal(WorkflowStatus.Halted, instance.Status);
        Assert.Equal(GrantApplicationStatus.Screening, (await PartAsync(id)).Status);

        // The acknowledgement: the reference, the expected meeting and the private status link, none of the personal data.
        await Fixture.Runner.RunDueWorkAsync();
        var ack = Assert.Single(MailsTo(smtp, email));
        Assert.Equal($"Vi har modtaget din ansøgning {reference}", ack.Subject);
        var ackText = ack.TextBody;
        Assert.Contains(reference, ackText, StringComparison.Ordinal);
        Assert.Contains("forventes behandlet på mødet den", ackText, StringComparison.Ordinal);
        Assert.Matches("http://localhost/ansoeg-om-stoette/kvittering/[A-Za-z0-9_-]{43}", ackText);
        foreach (var personal in new[] { Phone, GrantWorkflowSteps.Address, "Amina Hassan" })
        {
            Assert.DoesNotContain(personal, ack.HtmlBody, StringComparison.Ordinal);
            Assert.DoesNotContain(personal, ackText, StringComparison.Ordinal);
        }

        // The Secretariat sees the task; asking for more without saying what is refused, with the message at the comment.
        var secretary = await SecretaryAsync();
        var task = await LatestTaskAsync(instance.WorkflowId);
        Assert.Equal($"Screen ansøgning {reference}", task.Title);
        Assert.Contains(task.Title, WebUtility.HtmlDecode(await secretary.GetStringAsync("/admin/tasks")), StringComparison.Ordinal);
        var refused = await ActAsync(secretary, task, AskMore, "  ");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains($"<a href=\"#act-comment-{task.TaskId}\">Skriv begrundelsen for '{AskMore}' i kommentaren", refusedPage, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", refusedPage, StringComparison.Ordinal);
        Assert.Equal(WorkflowTaskStatus.Open, (await LatestTaskAsync(instance.WorkflowId)).Status);

        const string question = "Send venligst et budget, hvor udgifterne til forplejning står for sig.";
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(secretary, task, AskMore, question)).StatusCode);
        Assert.Equal(GrantApplicationStatus.MoreInformationNeeded, (await PartAsync(id)).Status);
        await Fixture.Runner.RunDueWorkAsync();
        var ask = Assert.Single(MailsTo(smtp, email), m => (m.Subject ?? "").StartsWith("Vi mangler oplysninger", StringComparison.Ordinal));
        Assert.Contains(question, ask.TextBody, StringComparison.Ordinal);
        var link = LinkIn(ask);
        Assert.Matches("^/ansoegning/oplysninger/[A-Za-z0-9_-]{43}$", link);
        // Only the token's hash is kept, and the workflow forgot the link once the mail was written.
        var token = link[(link.LastIndexOf('/') + 1)..];
        Assert.DoesNotContain(token, (await Site.InstanceAsync(WorkflowTypeId, id)).Properties.ToJsonString(), StringComparison.Ordinal);

        // The applicant answers without signing in: a missing answer comes back with the file kept.
        using var applicant = Site.CreateClient();
        var page = WebUtility.HtmlDecode(await applicant.GetStringAsync(link));
        Assert.Contains(question, page, StringComparison.Ordinal);
        HtmlValidator.AssertValid(page, "the information page");
        var empty = await PostAnswerAsync(applicant, link, page, "", ("budget.pdf", s_pdf));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var errorPage = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        Assert.Contains("<a href=\"#Answer\">Skriv dit svar til sekretariatet.</a>", errorPage, StringComparison.Ordinal);
        Assert.Contains("Modtaget: budget.pdf.", errorPage, StringComparison.Ordinal);
        HtmlValidator.AssertValid(errorPage, "the information page with an error");

        const string answer = "Forplejning: 2.400 kr. Resten går til lokaleleje og materialer.";
        var sent = await PostAnswerAsync(applicant, link, errorPage, answer);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("Tak: vi modtog dit svar den", WebUtility.HtmlDecode(await applicant.GetStringAsync(link)), StringComparison.Ordinal);

        var stored = Assert.Single((await PartAsync(id)).Information);
        Assert.Equal(question, stored.Question);
        Assert.Equal(answer, stored.Answer);
        var file = Assert.Single(stored.Files);
        Assert.Equal("budget.pdf", file.FileName);
        Assert.Equal(id, (await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<FormFileRecord>().AsNoTracking().SingleAsync(f => f.FileId == file.FileId))).ContentItemId);

        // The signal goes once the answer is stored; the task comes back with the answer in it.
        await Fixture.Runner.RunDueWorkAsync();
        var again = await LatestTaskAsync(instance.WorkflowId);
        Assert.NotEqual(task.TaskId, again.TaskId);
        Assert.Equal(WorkflowTaskStatus.Open, again.Status);
        Assert.Contains(answer, again.Instructions, StringComparison.Ordinal);
        Assert.Contains(answer, WebUtility.HtmlDecode(await secretary.GetStringAsync(TaskUrls.Task(again.TaskId))), StringComparison.Ordinal);
        Assert.Equal(GrantApplicationStatus.Screening, (await PartAsync(id)).Status);

        // A second answer through the same link is refused politely, and nothing changes.
        var second = await PostAnswerAsync(applicant, link, page, "Og en ting til.");
        Assert.Contains("Linket virker kun til ét svar", WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(answer, Assert.Single((await PartAsync(id)).Information).Answer);

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(secretary, again, Ready, null)).StatusCode);
        await AssertRoutedAsync(id);
        // Ready: the instance now waits for the meeting that treats it, and for nothing else.
        var waiting = await Site.InstanceAsync(WorkflowTypeId, id);
        Assert.Equal(WorkflowStatus.Halted, waiting.Status);
        Assert.Equal(["concluded"], await Site.BlockingAsync(waiting.WorkflowId));

        // Answered within the week: no reminder comes.
        Fixture.Clock.Advance(TimeSpan.FromDays(8));
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Equal(2, MailsTo(smtp, email).Count);
    }

    [Fact]
    public async Task Without_an_answer_the_applicant_is_reminded_after_seven_days_once_and_can_answer_by_either_link()
    {
        using var smtp = TestSmtp.Start(Fixture.SmtpPort);
        var email = TestSmtp.NewAddress("bilal");
        var (id, _) = await SubmitAsync(email, "da-DK");
        var instance = await Site.InstanceAsync(WorkflowTypeId, id);
        var secretary = await SecretaryAsync();
        var task = await LatestTaskAsync(instance.WorkflowId);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(secretary, task, AskMore, "Hvem er projektleder?")).StatusCode);
        await Fixture.Runner.RunDueWorkAsync();
        var first = LinkIn(Assert.Single(MailsTo(smtp, email), m => (m.Subject ?? "").StartsWith("Vi mangler", StringComparison.Ordinal)));

        Fixture.Clock.Advance(TimeSpan.FromDays(6));
        await Fixture.Runner.RunDueWorkAsync();
        Assert.DoesNotContain(MailsTo(smtp, email), m => (m.Subject ?? "").StartsWith("Påmindelse", StringComparison.Ordinal));

        Fixture.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await Fixture.Runner.RunDueWorkAsync();
        var reminder = Assert.Single(MailsTo(smtp, email), m => (m.Subject ?? "").StartsWith("Påmindelse", StringComparison.Ordinal));
        Assert.Contains("Hvem er projektleder?", reminder.TextBody, StringComparison.Ordinal);
        var second = LinkIn(reminder);
        Assert.NotEqual(first, second);

        // Only once, however long it waits.
        Fixture.Clock.Advance(TimeSpan.FromDays(8));
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Single(MailsTo(smtp, email), m => (m.Subject ?? "").StartsWith("Påmindelse", StringComparison.Ordinal));

        using var applicant = Site.CreateClient();
        var page = WebUtility.HtmlDecode(await applicant.GetStringAsync(first));
        Assert.Contains("Hvem er projektleder?", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAnswerAsync(applicant, second, WebUtility.HtmlDecode(await applicant.GetStringAsync(second)), "Jonas Berg er projektleder.")).StatusCode);
        Assert.Contains("Tak: vi modtog dit svar den", WebUtility.HtmlDecode(await applicant.GetStringAsync(first)), StringComparison.Ordinal);

        await Fixture.Runner.RunDueWorkAsync();
        var back = await LatestTaskAsync(instance.WorkflowId);
        Assert.Equal(WorkflowTaskStatus.Open, back.Status);
        Assert.Contains("Jonas Berg er projektleder.", back.Instructions, StringComparison.Ordinal);
        // The reminder's branch is done with: the instance waits only for the task.
        Assert.Equal(["screen"], await Site.BlockingAsync(instance.WorkflowId));
    }

    [Fact]
    public async Task Not_eligible_needs_a_reason_and_sends_a_reasoned_refusal_in_English_to_an_English_applicant()
    {
        using var smtp = TestSmtp.Start(Fixture.SmtpPort);
        var email = TestSmtp.NewAddress("sara");
        var (id, reference) = await SubmitAsync(email, "en");
        var instance = await Site.InstanceAsync(WorkflowTypeId, id);
        await Fixture.Runner.RunDueWorkAsync();
        var ack = Assert.Single(MailsTo(smtp, email));
        Assert.Equal($"We have received your application {reference}", ack.Subject);
        Assert.Matches("http://localhost/en/apply-for-a-grant/receipt/[A-Za-z0-9_-]{43}", ack.TextBody);
        Assert.Contains("expected to be treated at the meeting on", ack.TextBody, StringComparison.Ordinal);

        var secretary = await SecretaryAsync();
        var task = await LatestTaskAsync(instance.WorkflowId);
        var refused = await ActAsync(secretary, task, NotEligible, "");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains($"Skriv begrundelsen for '{NotEligible}' i kommentaren", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Single(MailsTo(smtp, email));
        Assert.Equal(GrantApplicationStatus.Screening, (await PartAsync(id)).Status);

        const string reason = "The project is a private holiday trip for one family; the pool supports initiatives for a wider community.";
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(secretary, task, NotEligible, reason)).StatusCode);
        Assert.Equal(GrantApplicationStatus.NotEligible, (await PartAsync(id)).Status);
        await Fixture.Runner.RunDueWorkAsync();
        var refusal = Assert.Single(MailsTo(smtp, email), m => m != ack && m.Subject != ack.Subject);
        Assert.Equal($"Your application {reference} cannot be supported", refusal.Subject);
        Assert.Contains(reason, refusal.TextBody, StringComparison.Ordinal);
        Assert.Contains("The rules the decision rests on", refusal.TextBody, StringComparison.Ordinal);
        Assert.Contains("If you disagree", refusal.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, refusal.TextBody, StringComparison.Ordinal);
        Assert.Equal(WorkflowStatus.Finished, (await Site.InstanceAsync(WorkflowTypeId, id)).Status);

        // The reason is in the task's history and the audit trail has the status changes.
        var history = await Site.WithScopeAsync(s => s.GetRequiredService<TaskInbox>().HistoryAsync(task.TaskId, CancellationToken.None));
        Assert.Contains(history, h => h.Kind == WorkflowTaskEventKind.Acted && h.Comment == reason);
    }

    [Fact]
    public async Task Running_the_setup_recipe_again_keeps_one_screening_type_and_a_running_application_goes_on()
    {
        using var smtp = TestSmtp.Start(Fixture.SmtpPort);
        var email = TestSmtp.NewAddress("omar");
        var (id, _) = await SubmitAsync(email, "da-DK");
        var instance = await Site.InstanceAsync(WorkflowTypeId, id);
        var versionBefore = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkflowType>().AsNoTracking().SingleAsync(t => t.WorkflowTypeId == WorkflowTypeId));

        using var admin = Site.CreateClient();
        await admin.LoginAsAdminAsync();
        var run = await admin.PostFormAsync("/admin/recipes/run?file=ltk.recipe.json", "/admin/recipes/run", [new("file", "ltk.recipe.json")]);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.Contains("blev kørt", WebUtility.HtmlDecode(await run.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var types = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkflowType>().AsNoTracking().Where(t => t.Name == "Screening af puljeansøgninger").ToListAsync());
        var type = Assert.Single(types);
        Assert.Equal(versionBefore.LatestVersion, type.LatestVersion);

        var secretary = await SecretaryAsync();
        var task = await LatestTaskAsync(instance.WorkflowId);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(secretary, task, Ready, null)).StatusCode);
        await AssertRoutedAsync(id);
    }

    /// <summary>
    /// Ready for the meeting, the application joins the agenda of the first coming meeting that can take it (the recipe
    /// plans 2027's), or waits, still ready, in the queue when none can.
    /// </summary>
    private async Task AssertRoutedAsync(string id)
    {
        var expected = await Site.WithScopeAsync(s => s.GetRequiredService<Council.Meetings.Schedule.IMeetingSchedule>().GetMeetingForSubmissionAsync(Fixture.Clock.GetUtcNow(), CancellationToken.None));
        var part = await PartAsync(id);
        Assert.Equal(expected is null ? GrantApplicationStatus.ReadyForMeeting : GrantApplicationStatus.OnAgenda, part.Status);
        Assert.Equal(expected?.Date, part.AgendaMeetingDate);
        Assert.Contains(part.StatusChanges, c => c.Status == GrantApplicationStatus.ReadyForMeeting);
    }

    private Task<(string Id, string Reference)> SubmitAsync(string email, string culture) => GrantWorkflowSteps.SubmitAsync(Site, email, culture);

    private Task<WorkflowTask> LatestTaskAsync(string workflowId) => GrantWorkflowSteps.LatestTaskAsync(Site, workflowId);

    private Task<GrantApplicationPart> PartAsync(string id) => GrantWorkflowSteps.PartAsync(Site, id);

    private Task<HttpClient> SecretaryAsync() => GrantWorkflowSteps.SecretaryAsync(Site);

    private static Task<HttpResponseMessage> ActAsync(HttpClient client, WorkflowTask task, string action, string? comment) => GrantWorkflowSteps.ActAsync(client, task, action, comment);

    private static async Task<HttpResponseMessage> PostAnswerAsync(HttpClient client, string link, string page, string answer, (string Name, byte[] Bytes)? file = null)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(HttpClientExtensions.ExtractAntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(answer), "Answer" },
        };
        if (KeptPattern().Match(page) is { Success: true } kept)
        {
            content.Add(new StringContent(kept.Groups[1].Value), "KeptFileId");
        }

        if (file is { } f)
        {
            var bytes = new ByteArrayContent(f.Bytes);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(bytes, "File", f.Name);
        }

        return await client.PostAsync(link, content);
    }

    private static List<MimeMessage> MailsTo(SimpleSmtpServer smtp, string address) => GrantWorkflowSteps.MailsTo(smtp, address);

    private static string LinkIn(MimeMessage mail) =>
        LinkPattern().Match(mail.TextBody ?? "") is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("The mail has no answer link: " + mail.TextBody);

    [GeneratedRegex(@"http://localhost(/ansoegning/oplysninger/[A-Za-z0-9_-]{43}|/en/application/information/[A-Za-z0-9_-]{43})")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("name=\"KeptFileId\" value=\"([0-9a-f]+)\"")]
    private static partial Regex KeptPattern();
}
