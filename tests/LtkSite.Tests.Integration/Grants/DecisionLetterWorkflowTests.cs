using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Forms.Data;
using Cms.Forms.Services;
using Cms.Workflows.Models;
using Cms.Workflows.Signals;
using Cms.Workflows.Tasks;
using Council.Grants.Data;
using Council.Grants.Models;
using Council.Meetings.Agenda;
using Council.Meetings.Schedule;
using LtkSite.Testing;
using LtkSite.Tests.Integration.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using netDumbster.smtp;
using static LtkSite.Tests.Integration.Grants.GrantWorkflowSteps;

namespace LtkSite.Tests.Integration.Grants;

public sealed class DecisionLetterWorkflowTests_Sqlite(SqliteWorkSiteFixture fixture) : DecisionLetterWorkflowTests<SqliteWorkSiteFixture>(fixture), IClassFixture<SqliteWorkSiteFixture>;

public sealed class DecisionLetterWorkflowTests_Postgres(PostgresWorkSiteFixture fixture) : DecisionLetterWorkflowTests<PostgresWorkSiteFixture>(fixture), IClassFixture<PostgresWorkSiteFixture>;

/// <summary>
/// The setup recipe's workflow after an application is ready: the council's decision letter when its meeting is concluded
/// (the signal and the decision row written here as the conclusion writes them), the deferral, and the grantee's report by
/// the private link with its reminders, approval and repayment, with mail at an SMTP server on 127.0.0.1 and a fake clock.
/// </summary>
public abstract partial class DecisionLetterWorkflowTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : WorkSiteFixture
{
    private const string WorkflowTypeId = "grant-application-screening";

    private static readonly byte[] s_pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray();

    /// <summary>More than the hour in which the test site sends one address at most two mails.</summary>
    private static readonly TimeSpan MailHour = TimeSpan.FromMinutes(61);

    private static long s_meetingId = 1000;

    [Fact]
    public async Task A_grant_letter_arrives_once_in_Danish_with_the_amount_conditions_report_duty_and_complaint_guidance()
    {
        using var smtp = TestSmtp.Start(Fixture.SmtpPort);
        var email = TestSmtp.NewAddress("amina");
        var (id, reference, workflowId) = await ReadyAsync(email, "da-DK", Today.AddDays(60));

        var (meeting, meetingId) = await ConcludeAsync(id, GrantDecisionOutcome.Granted, 5000, conditions: "Støtten må kun bruges til mad og lokaleleje.");
        var letter = Assert.Single(MailsTo(smtp, email), m => m.Subject!.StartsWith("Integrationsrådets afgørelse", StringComparison.Ordinal));
        Assert.Equal($"Integrationsrådets afgørelse om din ansøgning {reference}", letter.Subject);
        var text = letter.TextBody;
        Assert.Contains($"på mødet den {meeting.DateText}", text, StringComparison.Ordinal);
        Assert.Contains("Rådet bevilger 5.000 kr. til projektet.", text, StringComparison.Ordinal);
        Assert.Contains("Støtten må kun bruges til mad og lokaleleje.", text, StringComparison.Ordinal);
        Assert.Contains("skriftlig eller mundtlig tilbagemelding", text, StringComparison.Ordinal);
        Assert.Contains("dokumenteres med kvitteringer", text, StringComparison.Ordinal);
        Assert.Contains("Klagevejledning", text, StringComparison.Ordinal);
        Assert.Contains("Folketingets Ombudsmand", text, StringComparison.Ordinal);
        Assert.Contains("12 måneder", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Begrundelse", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, letter.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(GrantApplicationStatus.Decided, (await PartAsync(Site, id)).Status);
        // The grant waits for the project's end before the report is asked for.
        Assert.Equal(["projectend"], await Site.BlockingAsync(workflowId));

        // The same conclusion signalled again, and the queue run again, send nothing more.
        await SignalAsync(id, meeting, GrantDecisionOutcome.Granted, meetingId);
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Single(MailsTo(smtp, email), m => m.Subject!.StartsWith("Integrationsrådets afgørelse", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refusal_in_English_gives_the_reasons_and_the_complaint_guidance_and_closes_the_case()
    {
        using var smtp = TestSmtp.Start(Fixture.SmtpPort);
        var email = TestSmtp.NewAddress("sara");
        var (id, reference, workflowId) = await ReadyAsync(email, "en", Today.AddDays(60));

        await ConcludeAsync(id, GrantDecisionOutcome.Refused, null, criteria: ["community", "pool-used-up"],
            considerations: "The council gives priority to projects open to everyone in the area.", facts: "The trip is for the members of one family.");
        var letter = Assert.Single(MailsTo(smtp, email), m => m.Subject!.StartsWith("The Integration Council", StringComparison.Ordinal));
        Assert.Equal($"The Integration Council's decision on your application {reference}", letter.Subject);
        var text = letter.TextBody;
        Assert.Contains("The council refuses the application for 5.000 kr.", text, StringComparison.Ordinal);
        Assert.Contains("The reasons", text, StringComparison.Ordinal);
        Assert.Contains("The project benefits only individuals; the council supports community-oriented projects.", text, StringComparison.Ordinal);
        Assert.Contains("The council's pool for the year is used up.", text, StringComparison.Ordinal);
        Assert.Contains("The main considerations: The council gives priority to projects open to everyone in the area.", text, StringComparison.Ordinal);
        Assert.Contains("The facts the decision rests on: The trip is for the members of one family.", text, StringComparison.Ordinal);
        Assert.Contains("Parliamentary Ombudsman", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Reporting and receipts", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rådet", text, StringComparison.Ordinal);

        Assert.Equal(GrantApplicationStatus.Closed, (await PartAsync(Site, id)).Status);
        Assert.Equal(WorkflowStatus.Finished, (await Site.InstanceAsync(WorkflowTypeId, id)).Status);
        Assert.Empty(await Site.BlockingAsync(workflowId));
    }

    [Fact]
    public async Task The_secretariat_switches_the_complaint_guidance_off_and_the_next_letter_has_none()
    {
        using var smtp = TestSmtp.Start(Fixture.SmtpPort);
        var secretary = await SecretaryAsync(Site);
        const string Section = "/admin/settings/GrantLetterSettings";
        var page = WebUtility.HtmlDecode(await secretary.GetStringAsync(Section));
        Assert.Contains("Folketingets Ombudsmand", page, StringComparison.Ordinal);
        HtmlValidator.AssertValid(page, "the letter settings");

        // Switched on with an empty text is refused at the field, the rest kept.
        var wrong = await secretary.PostFormAsync(Section, Section, Form(enabled: true, danish: "  "));
        var errorPage = WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync());
        Assert.Contains("<a href=\"#ComplaintGuidanceDanish\">Skriv klagevejledningen på dansk, eller slå den fra.</a>", errorPage, StringComparison.Ordinal);
        Assert.Contains("Parliamentary Ombudsman", errorPage, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await secretary.PostFormAsync(Section, Section, Form(enabled: false, danish: Council.Grants.Letters.GrantLetterSettings.DefaultComplaintGuidanceDanish))).StatusCode);
        try
        {
            var email = TestSmtp.NewAddress("bilal");
            var (id, _, _) = await ReadyAsync(email, "da-DK", Today.AddDays(60));
            await ConcludeAsync(id, GrantDecisionOutcome.PartlyGranted, 3000, criteria: ["budget"]);
            var letter = Assert.Single(MailsTo(smtp, email), m => m.Subject!.StartsWith("Integrationsrådets afgørelse", StringComparison.Ordinal));
            Assert.Contains("Rådet bevilger 3.000 kr. af de ansøgte 5.000 kr. til projektet.", letter.TextBody, StringComparison.Ordinal);
            Assert.Contains("Ansøgningen har intet budget med det ansøgte beløb og den øvrige finansiering.", letter.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("Klagevejledning", letter.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("Ombudsmand", letter.TextBody, StringComparison.Ordinal);
        }
        finally
        {
            Assert.Equal(HttpStatusCode.Redirect, (await secretary.PostFormAsync(Section, Section, Form(enabled: true, danish: Council.Grants.Letters.GrantLetterSettings.DefaultComplaintGuidanceDanish))).StatusCode);
        }

        // An editor does not decide what the council's letters say.
        await Site.CreateUserAsync("letter-editor", "Letter-editor-password-1", Cms.Core.Security.CmsRoles.Editor);
        using var editor = Site.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await editor.LoginAsync("letter-editor", "Letter-editor-password-1")).StatusCode);
        var refused = await editor.GetAsync(Section);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/access-denied", new Uri(new Uri("http://localhost"), refused.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task A_deferral_tells_the_applicant_the_next_meeting_and_the_instance_waits_for_it()
    {
        using var smtp = TestSmtp.Start(Fixture.SmtpPort);
        var email = TestSmtp.NewAddress("omar");
        var (id, reference, workflowId) = await ReadyAsync(email, "da-DK", Today.AddDays(200));
        var meetings = await Site.WithScopeAsync(s => s.GetRequiredService<IMeetingSchedule>().GetComingMeetingsAsync(CancellationToken.None));
        Assert.True(meetings.Count >= 2, "The recipe plans at least two coming meetings.");

        await ConcludeAsync(id, GrantDecisionOutcome.Deferred, null, meeting: meetings[0], freeText: "Rådet vil gerne se et revideret budget.");
        var deferral = Assert.Single(MailsTo(smtp, email), m => m.Subject == $"Din ansøgning {reference} er udsat");
        Assert.Contains($"udsatte den til mødet den {meetings[1].DateText}", deferral.TextBody, StringComparison.Ordinal);
        Assert.Contains("Rådet vil gerne se et revideret budget.", deferral.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(MailsTo(smtp, email), m => m.Subject!.StartsWith("Integrationsrådets afgørelse", StringComparison.Ordinal));
        Assert.NotEqual(GrantApplicationStatus.Decided, (await PartAsync(Site, id)).Status);
        Assert.Equal(["concluded"], await Site.BlockingAsync(workflowId));

        await ConcludeAsync(id, GrantDecisionOutcome.Granted, 5000, meeting: meetings[1]);
        var letter = Assert.Single(MailsTo(smtp, email), m => m.Subject!.StartsWith("Integrationsrådets afgørelse", StringComparison.Ordinal));
        Assert.Contains($"på mødet den {meetings[1].DateText}", letter.TextBody, StringComparison.Ordinal);
        Assert.Equal(GrantApplicationStatus.Decided, (await PartAsync(Site, id)).Status);
    }

    [Fact]
    public async Task The_grantee_reports_by_the_link_with_a_receipt_a_line_and_the_secretariat_approves_and_closes_the_case()
    {
        using var smtp = TestSmtp.Start(Fixture.SmtpPort);
        var email = TestSmtp.NewAddress("fatima");
        var end = Today.AddDays(10);
        var (id, reference, workflowId) = await ReadyAsync(email, "da-DK", end, [("Mad", 6000m), ("Lokaleleje", 2000m)]);
        await ConcludeAsync(id, GrantDecisionOutcome.Granted, 5000);
        Assert.DoesNotContain(MailsTo(smtp, email), m => m.Subject!.StartsWith("Afrapportering", StringComparison.Ordinal));
        var before = await BundleTextAsync(await SecretaryAsync(Site), id);
        Assert.Contains("Afrapportering og kvitteringer", before, StringComparison.Ordinal);
        Assert.Contains("Der er endnu ikke bedt om en afrapportering.", before, StringComparison.Ordinal);

        // The day after the project's end the grantee is asked for the report.
        Fixture.Clock.Advance(TimeSpan.FromDays(11) + TimeSpan.FromHours(1));
        await Fixture.Runner.RunDueWorkAsync();
        var ask = Assert.Single(MailsTo(smtp, email), m => m.Subject == $"Afrapportering af jeres projekt {reference}");
        var link = ReportLinkIn(ask);
        Assert.Matches("^/afrapportering/[A-Za-z0-9_-]{43}$", link);
        Assert.Equal(GrantApplicationStatus.ReportRequested, (await PartAsync(Site, id)).Status);
        Assert.DoesNotContain(link[(link.LastIndexOf('/') + 1)..], (await Site.InstanceAsync(WorkflowTypeId, id)).Properties.ToJsonString(), StringComparison.Ordinal);

        // The accounts are the grantee's own budget lines.
        using var grantee = Site.CreateClient();
        var page = WebUtility.HtmlDecode(await grantee.GetStringAsync(link));
        Assert.Contains("<th scope=\"row\" id=\"line-1\">Mad</th>", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\" id=\"line-2\">Lokaleleje</th>", page, StringComparison.Ordinal);
        Assert.Contains("<td id=\"budget-total\">8.000 kr.</td>", page, StringComparison.Ordinal);
        Assert.Contains($"skulle slutte den {end:dd.MM.yyyy}", page, StringComparison.Ordinal);
        HtmlValidator.AssertValid(page, "the report page");

        // Food cost 7.000 kr. (over 10 % above 6.000 kr.) with no reason and no receipt for the rent: back with all kept.
        var first = await PostReportAsync(grantee, link, page, "Vi spiste sammen fire gange.", "35",
            [("7000", "", ("mad.pdf", s_pdf)), ("2000", "", null)]);
        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        var errors = WebUtility.HtmlDecode(await first.Content.ReadAsStringAsync());
        Assert.Contains("<a href=\"#Explanation-1\">Linje 1 (Mad) kostede 7.000 kr., mere end 10 % fra budgettet på 6.000 kr.: forklar kort hvorfor.</a>", errors, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Receipt-2\">Linje 2 (Lokaleleje): vedhæft kvitteringen.</a>", errors, StringComparison.Ordinal);
        Assert.Contains("Mere end 10 % fra budgettet.", errors, StringComparison.Ordinal);
        Assert.Contains("Modtaget: mad.pdf.", errors, StringComparison.Ordinal);
        Assert.Contains("Vi spiste sammen fire gange.", errors, StringComparison.Ordinal);
        Assert.Contains("value=\"35\"", errors, StringComparison.Ordinal);
        Assert.Contains("value=\"7000\"", errors, StringComparison.Ordinal);
        Assert.Contains("<td id=\"actual-total\">9.000 kr.</td>", errors, StringComparison.Ordinal);
        HtmlValidator.AssertValid(errors, "the report page with errors");

        var sent = await PostReportAsync(grantee, link, errors, "Vi spiste sammen fire gange.", "35",
            [("7000", "Flere deltog end ventet.", null), ("2000", "", ("leje.pdf", s_pdf))]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var received = WebUtility.HtmlDecode(await grantee.GetStringAsync(link));
        Assert.Contains("Tak: vi modtog jeres afrapportering den", received, StringComparison.Ordinal);

        // A second report through the same link changes nothing.
        var again = await PostReportAsync(grantee, link, page, "Noget andet.", "1", [("1", "", null), ("1", "", null)]);
        Assert.Contains("den kan ikke sendes igen", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // The secretariat's task; the report, the deviation and the receipts on the application's page.
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Equal(GrantApplicationStatus.ReportReceived, (await PartAsync(Site, id)).Status);
        var task = await LatestTaskAsync(Site, workflowId);
        Assert.Equal($"Godkend afrapportering {reference}", task.Title);
        Assert.Equal(WorkflowTaskStatus.Open, task.Status);
        var secretary = await SecretaryAsync(Site);
        var detail = WebUtility.HtmlDecode(await secretary.GetStringAsync($"/admin/applications/{id}"));
        Assert.Contains("Vi spiste sammen fire gange.", detail, StringComparison.Ordinal);
        Assert.Contains("Flere deltog end ventet.", detail, StringComparison.Ordinal);
        Assert.Contains("<td>Mere end 10 %</td>", detail, StringComparison.Ordinal);
        var receipt = ReceiptPattern().Match(detail);
        Assert.True(receipt.Success, "The page links the receipts.");
        var download = await secretary.GetAsync(receipt.Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(s_pdf, await download.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(secretary, task, "Godkend", null)).StatusCode);
        Assert.Equal(GrantApplicationStatus.Closed, (await PartAsync(Site, id)).Status);
        Assert.Equal(WorkflowStatus.Finished, (await Site.InstanceAsync(WorkflowTypeId, id)).Status);
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Single(MailsTo(smtp, email), m => m.Subject == $"Jeres afrapportering af {reference} er godkendt");

        // The link after the approval: the report is in and the case closed, said plainly; a token never given is still 404.
        var closed = await grantee.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var closedPage = WebUtility.HtmlDecode(await closed.Content.ReadAsStringAsync());
        Assert.Contains("Afrapporteringen er modtaget", closedPage, StringComparison.Ordinal);
        Assert.Contains("sagen er afsluttet, så der er ikke mere at sende med dette link", closedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<form method=\"post\"", closedPage, StringComparison.Ordinal);
        HtmlValidator.AssertValid(closedPage, "the report page once the case is closed");
        Assert.Equal(HttpStatusCode.NotFound, (await grantee.GetAsync("/afrapportering/" + new string('x', 43))).StatusCode);

        // The case bundle: the report as sent, the accounts with the flagged line, the receipts listed, the approval.
        var bundle = await BundleTextAsync(secretary, id);
        foreach (var text in new[]
        {
            "Afrapportering og kvitteringer", "Afrapportering modtaget den", "Vi spiste sammen fire gange.", "Regnskabet", "Mad", "6.000 kr.", "7.000 kr.",
            "Mere end 10 %", "Inden for 10 %", "Flere deltog end ventet.", "8.000 kr.", "9.000 kr.", "1 markeret", "Kvitteringer", "mad.pdf", "leje.pdf",
            $"{s_pdf.Length} byte", "Sekretariatets behandling", $"Godkend afrapportering {reference}", "Godkend",
        })
        {
            Assert.Contains(text, bundle, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Der er endnu ikke bedt om en afrapportering.", bundle, StringComparison.Ordinal);

        // The case's audit history on its page speaks Danish: the bundling and the status changes by their Danish names.
        var audited = WebUtility.HtmlDecode(await secretary.GetStringAsync($"/admin/applications/{id}"));
        Assert.Contains("<td>Sagsbundt hentet</td>", audited, StringComparison.Ordinal);
        Assert.Contains("<td>Status ændret</td>", audited, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>Bundled</td>", audited, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>StatusChanged</td>", audited, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_report_the_grantee_is_reminded_at_14_and_30_days_and_the_dashboard_shows_it_overdue_then_no_more()
    {
        using var smtp = TestSmtp.Start(Fixture.SmtpPort);
        var email = TestSmtp.NewAddress("yusuf");
        // The project ended before the meeting: the report is asked for at once.
        var (id, reference, workflowId) = await ReadyAsync(email, "en", Today.AddDays(-1));
        await ConcludeAsync(id, GrantDecisionOutcome.Granted, 5000);
        var first = ReportLinkIn(Assert.Single(MailsTo(smtp, email), m => m.Subject == $"Report on your project {reference}"));
        Assert.Matches("^/en/report/[A-Za-z0-9_-]{43}$", first);

        Fixture.Clock.Advance(TimeSpan.FromDays(13));
        await Fixture.Runner.RunDueWorkAsync();
        Assert.DoesNotContain(MailsTo(smtp, email), m => m.Subject!.Contains("Reminder", StringComparison.Ordinal));

        Fixture.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await Fixture.Runner.RunDueWorkAsync();
        var reminder = Assert.Single(MailsTo(smtp, email), m => m.Subject == $"Reminder: report on your project {reference}");
        var second = ReportLinkIn(reminder);
        Assert.NotEqual(first, second);

        Fixture.Clock.Advance(TimeSpan.FromDays(16));
        await Fixture.Runner.RunDueWorkAsync();
        var last = ReportLinkIn(Assert.Single(MailsTo(smtp, email), m => m.Subject == $"Second reminder: report on your project {reference}"));

        // 31 days past the project's end: overdue on the dashboard, with a link to the application.
        var secretary = await SecretaryAsync(Site);
        var dashboard = WebUtility.HtmlDecode(await secretary.GetStringAsync("/admin"));
        Assert.Contains("Manglende afrapporteringer", dashboard, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/admin/applications/{id}\">{reference}</a>", dashboard, StringComparison.Ordinal);

        // The first link still works; the report sent by it stops the reminders.
        using var grantee = Site.CreateClient();
        var page = WebUtility.HtmlDecode(await grantee.GetStringAsync(first));
        Assert.Contains("Report on your project", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostReportAsync(grantee, first, page, "We cooked together.", "20", [("6000", "", ("food.pdf", s_pdf))])).StatusCode);
        Assert.Contains("Thank you: we received your report on", WebUtility.HtmlDecode(await grantee.GetStringAsync(last)), StringComparison.Ordinal);
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Equal(["approve"], await Site.BlockingAsync(workflowId));
        Assert.DoesNotContain($"<a href=\"/admin/applications/{id}\">", WebUtility.HtmlDecode(await secretary.GetStringAsync("/admin")), StringComparison.Ordinal);

        Fixture.Clock.Advance(TimeSpan.FromDays(40));
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Equal(2, MailsTo(smtp, email).Count(m => m.Subject!.Contains("eminder", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_secretariat_asks_for_more_then_for_the_unspent_money_and_the_repayment_is_booked_in_the_ledger()
    {
        using var smtp = TestSmtp.Start(Fixture.SmtpPort);
        var email = TestSmtp.NewAddress("leila");
        using var grantee = Site.CreateClient();
        var (id, reference, workflowId, link) = await GrantedAndReportedAsync(smtp, email, grantee, "3000", "Færre kom end ventet.");

        var secretary = await SecretaryAsync(Site);
        var task = await LatestTaskAsync(Site, workflowId);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(secretary, task, "Bed om mere", "")).StatusCode);
        const string more = "Send også en kvittering for drikkevarerne.";
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(secretary, task, "Bed om mere", more)).StatusCode);
        await Fixture.Runner.RunDueWorkAsync();
        var moreMail = Assert.Single(MailsTo(smtp, email), m => m.Subject == $"Afrapportering af jeres projekt {reference}" && (m.TextBody ?? "").Contains(more, StringComparison.Ordinal));
        var second = ReportLinkIn(moreMail);
        Assert.NotEqual(link, second);
        Assert.Equal(GrantApplicationStatus.ReportRequested, (await PartAsync(Site, id)).Status);
        Assert.Contains(more, WebUtility.HtmlDecode(await grantee.GetStringAsync(second)), StringComparison.Ordinal);
        await SendReportAsync(grantee, second, "3000", "Færre kom end ventet; drikkevarer er med i kvitteringen.");

        var again = await LatestTaskAsync(Site, workflowId);
        Assert.NotEqual(task.TaskId, again.TaskId);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(secretary, again, "Kræv tilbagebetaling", "Der blev brugt 3.000 kr. af tilskuddet på 5.000 kr.")).StatusCode);
        Assert.Equal(GrantApplicationStatus.RepaymentRequested, (await PartAsync(Site, id)).Status);
        await Fixture.Runner.RunDueWorkAsync();
        var repayment = Assert.Single(MailsTo(smtp, email), m => m.Subject == $"Tilbagebetaling af ubrugte midler: {reference}");
        Assert.Contains("betale 2.000 kr. tilbage", repayment.TextBody, StringComparison.Ordinal);
        Assert.Empty(await LedgerAsync(id, GrantLedgerEntryKind.Repaid));

        // Booked when the secretariat registers it paid.
        var paid = await LatestTaskAsync(Site, workflowId);
        Assert.Equal($"Registrér tilbagebetaling {reference}", paid.Title);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(secretary, paid, "Betalt", null)).StatusCode);
        var entry = Assert.Single(await LedgerAsync(id, GrantLedgerEntryKind.Repaid));
        Assert.Equal(2000m, entry.Amount);
        Assert.Equal(Today.Year, entry.PoolYear);
        Assert.Equal(GrantApplicationStatus.Closed, (await PartAsync(Site, id)).Status);
        Assert.Equal(WorkflowStatus.Finished, (await Site.InstanceAsync(WorkflowTypeId, id)).Status);

        // The case bundle: both reports, what more was asked for, the repayment asked and booked.
        var bundle = await BundleTextAsync(secretary, id);
        foreach (var text in new[]
        {
            "Hvad sekretariatet bad om", more, "Færre kom end ventet; drikkevarer er med i kvitteringen.", "kvittering.pdf", "Bed om mere", "Kræv tilbagebetaling",
            "Der blev brugt 3.000 kr. af tilskuddet på 5.000 kr.", "Krævet tilbagebetalt", "2.000 kr.", $"Registrér tilbagebetaling {reference}", "Betalt", "Tilbagebetalt",
        })
        {
            Assert.Contains(text, bundle, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_case_deleted_and_purged_takes_its_report_and_receipts_along_and_leaves_the_decision()
    {
        using var smtp = TestSmtp.Start(Fixture.SmtpPort);
        var email = TestSmtp.NewAddress("nadia");
        using var grantee = Site.CreateClient();
        var (id, _, _, link) = await GrantedAndReportedAsync(smtp, email, grantee, "6000", "");
        var secretary = await SecretaryAsync(Site);
        Assert.Contains("kvittering.pdf", await BundleTextAsync(secretary, id), StringComparison.Ordinal);
        var receipts = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<FormFileRecord>().Where(f => f.ContentItemId == id).Select(f => f.FileId).ToListAsync());
        Assert.NotEmpty(receipts);

        await Client.LoginAsAdminAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync($"/admin/content/{id}/edit", $"/admin/content/{id}/delete", [])).StatusCode);
        var purge = Site.Services.GetServices<IHostedService>().OfType<ScheduledPublishingService>().Single();

        // Within the restore period nothing goes; after it the case, its report, its link and its receipts go together.
        await purge.RunOnceAsync(CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, (await grantee.GetAsync(link)).StatusCode);
        Fixture.Clock.Advance(ContentManager.RestorePeriod + TimeSpan.FromDays(1));
        await purge.RunOnceAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.NotFound, (await grantee.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await SecretaryAsync(Site)).GetAsync($"/admin/applications/{id}/bundle.pdf")).StatusCode);
        var (files, stored, reports, decisions) = await Site.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<LtkDbContext>();
            var store = s.GetRequiredService<IFormFileStore>();
            var left = 0;
            foreach (var fileId in receipts)
            {
                await using var file = await store.OpenAsync(fileId, CancellationToken.None);
                left += file is null ? 0 : 1;
            }

            return (await db.Set<FormFileRecord>().CountAsync(f => f.ContentItemId == id), left,
                await db.Set<GrantReport>().CountAsync(r => r.ContentItemId == id), await db.Set<GrantDecision>().CountAsync(d => d.ContentItemId == id));
        });
        Assert.Equal(0, files);
        Assert.Equal(0, stored);
        Assert.Equal(0, reports);
        Assert.True(decisions > 0, "The decision stays with the pool's accounts when the case is purged.");
    }

    /// <summary>The case bundle's text as the secretariat downloads it.</summary>
    private static async Task<string> BundleTextAsync(HttpClient secretary, string id)
    {
        var response = await secretary.GetAsync($"/admin/applications/{id}/bundle.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return PdfReadBack.Read(await response.Content.ReadAsByteArrayAsync()).Text;
    }

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Fixture.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen")).DateTime);

    /// <summary>Sent, acknowledged and made ready by the secretariat: the instance waits for the meeting.</summary>
    private async Task<(string Id, string Reference, string WorkflowId)> ReadyAsync(string email, string culture, DateOnly end, IReadOnlyList<(string Item, decimal Amount)>? budget = null)
    {
        var (id, reference) = await SubmitAsync(Site, email, culture, end, budget);
        var instance = await Site.InstanceAsync(WorkflowTypeId, id);
        await Fixture.Runner.RunDueWorkAsync();
        var secretary = await SecretaryAsync(Site);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(secretary, await LatestTaskAsync(Site, instance.WorkflowId), "Klar til møde", null)).StatusCode);
        Assert.Equal(["concluded"], await Site.BlockingAsync(instance.WorkflowId));
        return (id, reference, instance.WorkflowId);
    }

    /// <summary>The council's decision as the decision form stores it, and the conclusion's signal, then the queue run.</summary>
    private async Task<(ScheduledMeeting Meeting, long MeetingId)> ConcludeAsync(string id, GrantDecisionOutcome outcome, decimal? amount, ScheduledMeeting? meeting = null,
        string conditions = "", string[]? criteria = null, string considerations = "", string facts = "", string freeText = "")
    {
        // The meeting is held a while after the last mail: the site sends one address at most two mails an hour.
        Fixture.Clock.Advance(MailHour);
        var held = meeting ?? new ScheduledMeeting(Today, Today.AddDays(-14));
        var meetingId = Interlocked.Increment(ref s_meetingId);
        await Site.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<LtkDbContext>();
            db.Add(new GrantDecision
            {
                ContentItemId = id,
                MeetingId = meetingId,
                MeetingDate = held.Date,
                Outcome = outcome,
                GrantedAmount = amount,
                Conditions = conditions,
                CriteriaNotMet = [.. criteria ?? []],
                MainConsiderations = considerations,
                FactsReliedOn = facts,
                FreeText = freeText,
                PoolYear = Today.Year,
                DecidedUtc = Fixture.Clock.GetUtcNow().UtcDateTime,
                DecidedBy = "sekretariatet",
                ConcurrencyStamp = Guid.NewGuid(),
            });
            await db.SaveChangesAsync();
            return true;
        });
        await SignalAsync(id, held, outcome, meetingId);
        await Fixture.Runner.RunDueWorkAsync();
        return (held, meetingId);
    }

    /// <summary>The "meeting concluded" signal for the item, as the conclusion sends it (once per meeting and item).</summary>
    private Task<bool> SignalAsync(string id, ScheduledMeeting meeting, GrantDecisionOutcome outcome, long meetingId) =>
        Site.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<LtkDbContext>();
            await using var unit = await db.BeginUnitOfWorkAsync();
            await s.GetRequiredService<IWorkflowSignals>().SendAsync(MeetingSignals.MeetingConcluded, id, new JsonObject
            {
                ["MeetingId"] = meetingId,
                ["MeetingDate"] = meeting.DateText,
                ["Position"] = 1,
                ["Outcome"] = outcome.ToString(),
            }, signalId: $"{meetingId}:{id}");
            await db.SaveChangesAsync();
            await unit.CommitAsync();
            return true;
        });

    private Task<List<GrantLedgerEntry>> LedgerAsync(string id, GrantLedgerEntryKind kind) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<GrantLedgerEntry>().AsNoTracking().Where(e => e.ContentItemId == id && e.Kind == kind).ToListAsync());

    /// <summary>A project ended yesterday, granted 5.000 kr., and its report sent by the link in the mail that asks for it.</summary>
    private async Task<(string Id, string Reference, string WorkflowId, string Link)> GrantedAndReportedAsync(SimpleSmtpServer smtp, string email, HttpClient grantee, string actual, string explanation)
    {
        var (id, reference, workflowId) = await ReadyAsync(email, "da-DK", Today.AddDays(-1));
        await ConcludeAsync(id, GrantDecisionOutcome.Granted, 5000);
        var link = ReportLinkIn(Assert.Single(MailsTo(smtp, email), m => m.Subject == $"Afrapportering af jeres projekt {reference}"));
        await SendReportAsync(grantee, link, actual, explanation);
        return (id, reference, workflowId, link);
    }

    /// <summary>A report on the one-line budget (Mad, 6.000 kr.) with its receipt, sent, and the queue run.</summary>
    private async Task SendReportAsync(HttpClient grantee, string link, string actual, string explanation)
    {
        Fixture.Clock.Advance(MailHour);
        var page = WebUtility.HtmlDecode(await grantee.GetStringAsync(link));
        Assert.Equal(HttpStatusCode.Redirect, (await PostReportAsync(grantee, link, page, "Vi spiste sammen.", "12", [(actual, explanation, ("kvittering.pdf", s_pdf))])).StatusCode);
        await Fixture.Runner.RunDueWorkAsync();
    }

    private static List<KeyValuePair<string, string>> Form(bool enabled, string danish) =>
    [
        new("ComplaintGuidanceEnabled", enabled ? "true" : "false"),
        new("ComplaintGuidanceEnabled", "false"),
        new("ComplaintGuidanceDanish", danish),
        new("ComplaintGuidanceEnglish", Council.Grants.Letters.GrantLetterSettings.DefaultComplaintGuidanceEnglish),
        new("ReportDutyDanish", Council.Grants.Letters.GrantLetterSettings.DefaultReportDutyDanish),
        new("ReportDutyEnglish", Council.Grants.Letters.GrantLetterSettings.DefaultReportDutyEnglish),
    ];

    [GeneratedRegex("href=\"(/admin/forms/files/[0-9a-f]{32})\" download>leje.pdf<")]
    private static partial Regex ReceiptPattern();
}
