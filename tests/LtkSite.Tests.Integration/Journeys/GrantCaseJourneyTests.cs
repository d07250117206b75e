using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Cms.Core.Data;
using Cms.Workflows.Models;
using Council.Grants.Data;
using Council.Grants.Models;
using Council.Meetings.Data;
using LtkSite.Testing;
using LtkSite.Tests.Integration.Forms;
using LtkSite.Tests.Integration.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;
using static LtkSite.Tests.Integration.Grants.GrantWorkflowSteps;

namespace LtkSite.Tests.Integration.Journeys;

public sealed class GrantCaseJourneyTests_Sqlite(SqliteJourneySiteFixture fixture) : GrantCaseJourneyTests<SqliteJourneySiteFixture>(fixture), IClassFixture<SqliteJourneySiteFixture>;

public sealed class GrantCaseJourneyTests_Postgres(PostgresJourneySiteFixture fixture) : GrantCaseJourneyTests<PostgresJourneySiteFixture>(fixture), IClassFixture<PostgresJourneySiteFixture>;

/// <summary>
/// A grant case from the public form to the closed case, through the pages the citizens, the secretariat and the grantees
/// use: two applications (Danish and English) screened and routed to the council's meeting on 04.03.2027 (a third, sent
/// after the item deadline, to the next), both agenda packs, a member with a conflict, the decisions with their reasons,
/// attendance and the conclusion, the letters at the SMTP server on 127.0.0.1, the reports with receipts by the private
/// links, the approval, the ledger and the public list. The clock is the site's, moved on by the test.
/// </summary>
public abstract partial class GrantCaseJourneyTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : JourneySiteFixture
{
    private const string ScreeningWorkflow = "grant-application-screening";

    private const string Organisation = "Fællesskab Lyngby forening";

    private const string PrivateName = "Sara Ahmed";

    private const string PrivatePhone = "22 33 44 55";

    private static readonly DateOnly March = new(2027, 3, 4);

    private static readonly DateOnly June = new(2027, 6, 10);

    private static readonly byte[] s_pdf = MediaTestFiles.Pdf();

    [Fact]
    public async Task A_grant_case_goes_from_the_public_form_through_the_meeting_the_letters_and_the_report_to_the_closed_case()
    {
        using var smtp = TestSmtp.Start(Fixture.SmtpPort);
        var council = await TheCouncilWithAMemberWhoLeadsTheApplicantAsync();
        var amina = TestSmtp.NewAddress("amina");
        var sara = TestSmtp.NewAddress("sara");

        // 10.01.2027: two citizens apply on the public form, one in Danish for an association, one in English as a private person.
        var club = await ACitizenAppliesInDanishAsync(amina);
        var homework = await ACitizenAppliesInEnglishAsync(sara);
        await Fixture.Runner.RunDueWorkAsync();
        TheReceiptArrives(smtp, amina, $"Vi har modtaget din ansøgning {club.Reference}");
        TheReceiptArrives(smtp, sara, $"We have received your application {homework.Reference}");

        // The secretariat screens both in the task inbox: complete, ready for the meeting. (Signed in again after each
        // move of the clock: a sign-in does not last for weeks.)
        var secretary = await SecretaryAsync(Site);
        await TheSecretariatMarksItReadyAsync(secretary, club);
        await TheSecretariatMarksItReadyAsync(secretary, homework);
        var march = await MeetingIdAsync(March);
        await TheApplicationIsOnTheAgendaAsync(club, march, "Din ansøgning er på dagsordenen for Integrationsrådets møde den 4. marts 2027.");
        await TheApplicationIsOnTheAgendaAsync(homework, march, "Your application is on the agenda of the council's meeting on 4 March 2027.");

        // The secretariat's recommendations, for the members' pack.
        await TheSecretariatRecommendsAsync(secretary, club, "Sekretariatet indstiller en delvis bevilling: lejen er høj.", "12.500");
        await TheSecretariatRecommendsAsync(secretary, homework, "Sekretariatet indstiller til fuld bevilling.", "8.000");

        // 20.02.2027, after the March item deadline: a third application goes to the meeting after.
        Fixture.Clock.Advance(TimeSpan.FromDays(41));
        secretary = await SecretaryAsync(Site);
        var lateEmail = TestSmtp.NewAddress("late");
        var late = await ACitizenAppliesInDanishAsync(lateEmail, "Sommerfest i Lundtofte");
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Contains("forventes behandlet på mødet den 10. juni 2027", Assert.Single(MailsTo(smtp, lateEmail)).TextBody, StringComparison.Ordinal);
        await TheSecretariatMarksItReadyAsync(secretary, late);
        await TheApplicationIsOnTheAgendaAsync(late, await MeetingIdAsync(June), "Din ansøgning er på dagsordenen for Integrationsrådets møde den 10. juni 2027.");

        // 26.02.2027, past the agenda deadline: the members' pack and the public agenda.
        Fixture.Clock.Advance(TimeSpan.FromDays(6));
        secretary = await SecretaryAsync(Site);
        await TheMembersPackHasTheWholeCaseAsync(secretary, march);
        await ThePublicAgendaSummarisesWithoutPrivatePersonsAsync();

        // 04.03.2027 at the meeting: the conflict, the decisions, the attendance, the conclusion.
        Fixture.Clock.Advance(TimeSpan.FromDays(6) + TimeSpan.FromHours(8));
        secretary = await SecretaryAsync(Site);
        await TheMemberIsFlaggedAndExcludedAsync(secretary, march, club);
        await ARefusalOfPartWithoutReasonsIsRefusedAtTheFieldsAsync(secretary, club);
        await TheSecretariatRecordsThePartialGrantWithReasonsAsync(secretary, club);
        await TheSecretariatRecordsTheGrantAsync(secretary, homework);
        await TheAttendanceIsQuorateAsync(secretary, march, council);
        await TheMeetingIsConcludedAsync(secretary, march);
        await TheMinutesSayTheMemberTookNoPartAsync(secretary, march);

        // The letters, each once, in the applicant's language.
        await Fixture.Runner.RunDueWorkAsync();
        TheDanishLetterArrivesOnce(smtp, amina, club);
        TheEnglishLetterArrivesOnce(smtp, sara, homework);
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Single(MailsTo(smtp, amina), m => m.Subject!.StartsWith("Integrationsrådets afgørelse", StringComparison.Ordinal));

        // The grants are paid out.
        await TheSecretariatRegistersThePaymentAsync(secretary, club, "12.500");
        await TheSecretariatRegistersThePaymentAsync(secretary, homework, "8.000");

        // 01.05.2027, past both projects' end: the report mails with their private links.
        Fixture.Clock.Advance(TimeSpan.FromDays(58));
        secretary = await SecretaryAsync(Site);
        await Fixture.Runner.RunDueWorkAsync();
        var clubLink = ReportLinkIn(Assert.Single(MailsTo(smtp, amina), m => m.Subject == $"Afrapportering af jeres projekt {club.Reference}"));
        var homeworkLink = ReportLinkIn(Assert.Single(MailsTo(smtp, sara), m => m.Subject == $"Report on your project {homework.Reference}"));
        Assert.StartsWith("/afrapportering/", clubLink, StringComparison.Ordinal);
        Assert.StartsWith("/en/report/", homeworkLink, StringComparison.Ordinal);

        await TheGranteeReportsWithAReceiptPerLineAsync(clubLink, "Vi lavede mad sammen otte gange.", [("8000", ""), ("4500", "Vi fik maden billigere gennem den lokale købmand.")], "Tak: vi modtog jeres afrapportering den");
        await TheGranteeReportsWithAReceiptPerLineAsync(homeworkLink, "We met every week.", [("6000", ""), ("2000", "")], "Thank you: we received your report on");
        await Fixture.Runner.RunDueWorkAsync();

        // The secretariat approves each report: the case is closed.
        await TheSecretariatApprovesTheReportAsync(secretary, club);
        await TheSecretariatApprovesTheReportAsync(secretary, homework);
        await TheCaseIsClosedOnItsStatusPageAsync(club, "Sagen er afsluttet.", "Afgjort Afsluttet, 04.03.2027 Afrapportering Afsluttet, 01.05.2027 Sagen er lukket Her er den nu, 01.05.2027", "Endnu ikke");
        await TheCaseIsClosedOnItsStatusPageAsync(homework, "The case is closed.", "Decided Done, 04.03.2027 Report Done, 01.05.2027 Case closed Where it is now, 01.05.2027", "Not yet");

        await ThePoolLedgerShowsTheYearsFiguresAsync(secretary);
        await TheFundedProjectsListTheMarkedOneAsync();
    }

    private sealed record Application(string Id, string Reference, string ReceiptUrl, string WorkflowId, string Title);

    private sealed record Council(string Term, string Anna, string Bo, string Carl, string Dorte);

    /// <summary>Four members of the 2026–2029 term; Bo's register names the applicant association in other words.</summary>
    private async Task<Council> TheCouncilWithAMemberWhoLeadsTheApplicantAsync()
    {
        var term = await CouncilData.CreateTermAsync(Site, 2026, 2029);
        var council = new Council(
            term,
            await CouncilData.CreateMemberAsync(Site, "Anna Jensen", "Lyngby Boldklub", term),
            await CouncilData.CreateMemberAsync(Site, "Bo Nielsen", "Dansk Flygtningehjælp Lyngby", term),
            await CouncilData.CreateMemberAsync(Site, "Carl Petersen", "Lyngby-Taarbæk Ungdomsskole", term),
            await CouncilData.CreateMemberAsync(Site, "Dorte Larsen", "Ældre Sagen", term));
        using var admin = Site.CreateClient();
        await admin.LoginAsAdminAsync();
        var edit = $"/admin/content/{council.Bo}/edit";
        var register = new Dictionary<string, string>
        {
            ["MemberInterestsPart.Interests[0].Name"] = "Foreningen Fællesskab Lyngby",
            ["MemberInterestsPart.Interests[0].Cvr"] = "",
            ["Submit"] = "publish",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(edit, edit, await CouncilData.EditorFieldsAsync(admin, edit, register))).StatusCode);
        return council;
    }

    private async Task<Application> ACitizenAppliesInDanishAsync(string email, string title = "Madklub for nye naboer")
    {
        using var citizen = Site.CreateClient();
        var form = new FormSession(citizen, "/ansoeg-om-stoette");
        await form.OpenAsync();
        await form.PostAsync("next",
        [
            new("GrantApplication.ApplicantKind.Values", "association"),
            new("GrantApplication.ApplicantName.Text", "Amina Hassan"),
            new("GrantApplication.Organisation.Text", Organisation),
            new("GrantApplication.Address.Text", "Lyngby Hovedgade 1, 2800 Kongens Lyngby"),
            new("GrantApplication.Email.Email", email),
            new("GrantApplication.Phone.Text", Phone),
            new("GrantApplication.PreferredLanguage.Values", "da"),
        ]);
        await form.PostAsync("next",
        [
            new("GrantApplication.ProjectTitle.Text", title),
            new("GrantApplication.Description.Text", "Vi laver mad sammen hver anden uge i fælleshuset."),
            new("GrantApplication.TargetGroup.Text", "Nye og gamle beboere i Lundtofteparken"),
            new("GrantApplication.Beneficiaries.Value", "40"),
            new("GrantApplication.ProjectLeader.Text", "Amina Hassan"),
            new("GrantApplication.CommunityOrientation.Text", "Alle beboere er inviteret."),
        ]);
        await form.PostAsync("next",
        [
            new("GrantApplication.StartDate.Value", "15.03.2027"),
            new("GrantApplication.EndDate.Value", "30.04.2027"),
            new("GrantBudgetPart.BudgetLines[0].Item", "Leje af fælleshus"),
            new("GrantBudgetPart.BudgetLines[0].Amount", "8.000"),
            new("GrantBudgetPart.BudgetLines[1].Item", "Mad og drikke"),
            new("GrantBudgetPart.BudgetLines[1].Amount", "14.000"),
            new("GrantBudgetPart.FinancingLines[0].Source", "Egenbetaling"),
            new("GrantBudgetPart.FinancingLines[0].Amount", "2.000"),
            new("GrantBudgetPart.FinancingLines[0].Secured", "true"),
            new("GrantBudgetPart.AmountAppliedFor", "20.000"),
        ]);
        await form.PostAsync("next", [], [("GrantApplication.Attachment.File", "budget-madklub.pdf", s_pdf)]);
        Assert.Contains("Tjek dine svar", form.Text, StringComparison.Ordinal);
        return await SendAsync(citizen, form, title);
    }

    private async Task<Application> ACitizenAppliesInEnglishAsync(string email)
    {
        using var citizen = Site.CreateClient();
        var form = new FormSession(citizen, "/en/apply-for-a-grant");
        await form.OpenAsync();
        await form.PostAsync("next",
        [
            new("GrantApplication.ApplicantKind.Values", "private-person"),
            new("GrantApplication.ApplicantName.Text", PrivateName),
            new("GrantApplication.Address.Text", "Virum Torv 3, 2830 Virum"),
            new("GrantApplication.Email.Email", email),
            new("GrantApplication.Phone.Text", PrivatePhone),
            new("GrantApplication.PreferredLanguage.Values", "en"),
        ]);
        const string title = "Homework club in Virum";
        await form.PostAsync("next",
        [
            new("GrantApplication.ProjectTitle.Text", title),
            new("GrantApplication.Description.Text", "Volunteers help pupils with their homework once a week."),
            new("GrantApplication.TargetGroup.Text", "Pupils new to Denmark and their classmates"),
            new("GrantApplication.Beneficiaries.Value", "25"),
            new("GrantApplication.ProjectLeader.Text", PrivateName),
            new("GrantApplication.CommunityOrientation.Text", "Any pupil in Virum can come."),
        ]);
        await form.PostAsync("next",
        [
            new("GrantApplication.StartDate.Value", "08.03.2027"),
            new("GrantApplication.EndDate.Value", "31.03.2027"),
            new("GrantBudgetPart.BudgetLines[0].Item", "Books"),
            new("GrantBudgetPart.BudgetLines[0].Amount", "6.000"),
            new("GrantBudgetPart.BudgetLines[1].Item", "Snacks"),
            new("GrantBudgetPart.BudgetLines[1].Amount", "2.000"),
            new("GrantBudgetPart.AmountAppliedFor", "8.000"),
        ]);
        await form.PostAsync("next");
        Assert.Contains("Check your answers", form.Text, StringComparison.Ordinal);
        return await SendAsync(citizen, form, title);
    }

    /// <summary>Sends the form and finds the application by the reference its receipt shows.</summary>
    private async Task<Application> SendAsync(HttpClient citizen, FormSession form, string title)
    {
        var sent = await form.PostAsync("send", keepPage: false);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var receiptUrl = sent.Headers.Location!.OriginalString;
        var reference = ReferencePattern().Match(WebUtility.HtmlDecode(await citizen.GetStringAsync(receiptUrl))).Value;
        Assert.NotEmpty(reference);
        var id = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<GrantApplicationIndex>().Where(i => i.Reference == reference).Select(i => i.ContentItemId).SingleAsync());
        var instance = await Site.InstanceAsync(ScreeningWorkflow, id);
        return new Application(id, reference, receiptUrl, instance.WorkflowId, title);
    }

    private static void TheReceiptArrives(SimpleSmtpServer smtp, string email, string subject) =>
        Assert.Single(MailsTo(smtp, email), m => m.Subject == subject);

    private async Task TheSecretariatMarksItReadyAsync(HttpClient secretary, Application application)
    {
        var task = await LatestTaskAsync(Site, application.WorkflowId);
        Assert.Equal($"Screen ansøgning {application.Reference}", task.Title);
        Assert.Contains(application.Title, WebUtility.HtmlDecode(await secretary.GetStringAsync(Cms.Workflows.Tasks.TaskUrls.Task(task.TaskId))), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(secretary, task, "Klar til møde", null)).StatusCode);
    }

    private async Task TheApplicationIsOnTheAgendaAsync(Application application, long meetingId, string statusSentence)
    {
        var item = await AgendaItemAsync(application.Id);
        Assert.Equal((meetingId, AgendaItemStatus.OnAgenda), (item.MeetingId!.Value, item.Status));
        Assert.Equal(GrantApplicationStatus.OnAgenda, (await PartAsync(Site, application.Id)).Status);
        using var applicant = Site.CreateClient();
        Assert.Contains(statusSentence, FormSession.TextOf(await applicant.GetStringAsync(application.ReceiptUrl)), StringComparison.Ordinal);
    }

    private static async Task TheSecretariatRecommendsAsync(HttpClient secretary, Application application, string recommendation, string amount)
    {
        var page = $"/admin/applications/{application.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await secretary.PostFormAsync(page, page + "/recommendation", [new("Recommendation", recommendation), new("RecommendedAmount", amount)])).StatusCode);
    }

    private static async Task TheMembersPackHasTheWholeCaseAsync(HttpClient secretary, long march)
    {
        var html = WebUtility.HtmlDecode(await secretary.GetStringAsync($"/admin/meetings/{march}/pack"));
        HtmlValidator.AssertValid(html, "the members' pack");
        string[] expected =
        [
            "Punkt 1: Madklub for nye naboer", "Punkt 2: Homework club in Virum", Organisation, "20.000 kr.", "Leje af fælleshus", "8.000 kr.", "Mad og drikke", "14.000 kr.",
            "Egenbetaling", "2.000 kr.", "budget-madklub.pdf", "Sekretariatet indstiller en delvis bevilling: lejen er høj.", "12.500 kr.", "Bo Nielsen",
        ];
        foreach (var text in expected)
        {
            Assert.Contains(text, html, StringComparison.Ordinal);
        }

        var response = await secretary.GetAsync($"/admin/meetings/{march}/pack.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pdf = PdfReadBack.Read(await response.Content.ReadAsByteArrayAsync());
        foreach (var text in expected)
        {
            Assert.Contains(text, pdf.Text, StringComparison.Ordinal);
        }
    }

    private async Task ThePublicAgendaSummarisesWithoutPrivatePersonsAsync()
    {
        using var visitor = Site.CreateClient();
        var html = await visitor.GetStringAsync("/moeder/2027-03-04/dagsorden");
        HtmlValidator.AssertValid(html, "the public agenda");
        var text = FormSession.TextOf(html);
        foreach (var shown in new[] { Organisation, "Madklub for nye naboer", "20.000 kr.", "Homework club in Virum", "8.000 kr." })
        {
            Assert.Contains(shown, text, StringComparison.Ordinal);
        }

        foreach (var hidden in new[] { PrivateName, PrivatePhone, "@example.org", "Amina Hassan", Phone })
        {
            Assert.DoesNotContain(hidden, text, StringComparison.Ordinal);
        }

        var english = FormSession.TextOf(await visitor.GetStringAsync("/en/meetings/2027-03-04/agenda"));
        Assert.Contains("Homework club in Virum", english, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateName, english, StringComparison.Ordinal);
    }

    private static async Task TheMemberIsFlaggedAndExcludedAsync(HttpClient secretary, long march, Application club)
    {
        var conflicts = new HtmlParser().ParseDocument(await secretary.GetStringAsync($"/admin/meetings/{march}/conflicts"));
        var rows = conflicts.QuerySelectorAll("section.meeting-conflicts-item")
            .Single(s => s.QuerySelector("h2")!.TextContent.StartsWith("Punkt 1:", StringComparison.Ordinal))
            .QuerySelectorAll("table.conflicts tbody tr")
            .Select(r => string.Join('|', r.QuerySelectorAll("td").Take(3).Select(c => c.TextContent.Trim())));
        Assert.Equal(["Bo Nielsen|Fundet i medlemmets foreninger|Leder eller repræsenterer Foreningen Fællesskab Lyngby"], rows);
        var decision = WebUtility.HtmlDecode(await secretary.GetStringAsync($"/admin/applications/{club.Id}/decision"));
        Assert.Contains("Bo Nielsen", decision, StringComparison.Ordinal);
    }

    private static async Task ARefusalOfPartWithoutReasonsIsRefusedAtTheFieldsAsync(HttpClient secretary, Application club)
    {
        var url = $"/admin/applications/{club.Id}/decision";
        var response = await secretary.PostFormAsync(url, url, [new("Outcome", "PartlyGranted"), new("Amount", "12.500"), new("FreeText", "Rådet drøftede lejen.")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<a href=\"#Criteria\">Sæt kryds ved de kriterier, ansøgningen ikke opfylder: et afslag eller en delvis bevilling skal begrundes.</a>", page, StringComparison.Ordinal);
        Assert.Contains("id=\"MainConsiderations-error\">Skriv de hovedhensyn, afgørelsen bygger på.", page, StringComparison.Ordinal);
        Assert.Contains("id=\"FactsReliedOn-error\">Skriv de faktiske omstændigheder", page, StringComparison.Ordinal);
        Assert.Contains("value=\"12.500\"", page, StringComparison.Ordinal);
        Assert.Contains(">Rådet drøftede lejen.</textarea>", page, StringComparison.Ordinal);
    }

    private static async Task TheSecretariatRecordsThePartialGrantWithReasonsAsync(HttpClient secretary, Application club)
    {
        var url = $"/admin/applications/{club.Id}/decision";
        Assert.Equal(HttpStatusCode.Redirect, (await secretary.PostFormAsync(url, url,
        [
            new("Outcome", "PartlyGranted"), new("Amount", "12.500"), new("Criteria", "budget"),
            new("MainConsiderations", "Rådet støtter maden, men lejen er sat højere end fælleshusets pris."),
            new("FactsReliedOn", "Fælleshuset koster 4.500 kr. for perioden."), new("FreeText", "Rådet drøftede lejen."),
            new("ShowInPublicList", "true"),
        ])).StatusCode);
    }

    private static async Task TheSecretariatRecordsTheGrantAsync(HttpClient secretary, Application homework)
    {
        var url = $"/admin/applications/{homework.Id}/decision";
        Assert.Equal(HttpStatusCode.Redirect, (await secretary.PostFormAsync(url, url, [new("Outcome", "Granted"), new("Amount", ""), new("Conditions", "Støtten bruges til bøger og forplejning.")])).StatusCode);
    }

    private static async Task TheAttendanceIsQuorateAsync(HttpClient secretary, long march, Council council)
    {
        var page = $"/admin/meetings/{march}";
        Assert.Equal(HttpStatusCode.Redirect, (await secretary.PostFormAsync(page, page + "/attendance", [new("Present", council.Anna), new("Present", council.Bo), new("Present", council.Carl)])).StatusCode);
        Assert.Contains("3 af 4 medlemmer", WebUtility.HtmlDecode(await secretary.GetStringAsync(page)), StringComparison.Ordinal);
    }

    private static async Task TheMeetingIsConcludedAsync(HttpClient secretary, long march)
    {
        var url = $"/admin/meetings/{march}/conclude";
        var review = await secretary.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        var concluded = await secretary.PostFormAsync(url, url, []);
        Assert.True(concluded.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await concluded.Content.ReadAsStringAsync()));
        Assert.Contains("Mødet er afsluttet, og afgørelserne er på vej til ansøgerne.", WebUtility.HtmlDecode(await secretary.GetStringAsync(url)), StringComparison.Ordinal);
    }

    private static async Task TheMinutesSayTheMemberTookNoPartAsync(HttpClient secretary, long march)
    {
        var minutes = new HtmlParser().ParseDocument(await secretary.GetStringAsync($"/admin/meetings/{march}/minutes"));
        var draft = minutes.QuerySelector("textarea#Markdown")!.TextContent;
        Assert.Contains("Bo Nielsen deltog ikke i behandlingen af punkt 1.", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("Bo Nielsen deltog ikke i behandlingen af punkt 2.", draft, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateName, draft, StringComparison.Ordinal);
    }

    private static void TheDanishLetterArrivesOnce(SimpleSmtpServer smtp, string email, Application club)
    {
        var letter = Assert.Single(MailsTo(smtp, email), m => m.Subject == $"Integrationsrådets afgørelse om din ansøgning {club.Reference}");
        var text = letter.TextBody;
        Assert.Contains("på mødet den 04.03.2027", text, StringComparison.Ordinal);
        Assert.Contains("Rådet bevilger 12.500 kr. af de ansøgte 20.000 kr. til projektet.", text, StringComparison.Ordinal);
        Assert.Contains("Rådet støtter maden, men lejen er sat højere end fælleshusets pris.", text, StringComparison.Ordinal);
        Assert.Contains("Fælleshuset koster 4.500 kr. for perioden.", text, StringComparison.Ordinal);
        Assert.Contains("dokumenteres med kvitteringer", text, StringComparison.Ordinal);
        Assert.Contains("Klagevejledning", text, StringComparison.Ordinal);
        Assert.Contains("Folketingets Ombudsmand", text, StringComparison.Ordinal);
    }

    private static void TheEnglishLetterArrivesOnce(SimpleSmtpServer smtp, string email, Application homework)
    {
        var letter = Assert.Single(MailsTo(smtp, email), m => m.Subject == $"The Integration Council's decision on your application {homework.Reference}");
        var text = letter.TextBody;
        Assert.Contains("8.000 kr.", text, StringComparison.Ordinal);
        Assert.Contains("Støtten bruges til bøger og forplejning.", text, StringComparison.Ordinal);
        Assert.Contains("Parliamentary Ombudsman", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rådet", text, StringComparison.Ordinal);
    }

    private static async Task TheSecretariatRegistersThePaymentAsync(HttpClient secretary, Application application, string amount)
    {
        var page = $"/admin/applications/{application.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await secretary.PostFormAsync(page, page + "/payments", [new("PaymentAmount", amount), new("PaymentDate", "04.03.2027")])).StatusCode);
    }

    private async Task TheGranteeReportsWithAReceiptPerLineAsync(string link, string whatHappened, IReadOnlyList<(string Actual, string Explanation)> lines, string thanks)
    {
        using var grantee = Site.CreateClient();
        var page = WebUtility.HtmlDecode(await grantee.GetStringAsync(link));
        HtmlValidator.AssertValid(page, "the report page");
        var sent = await PostReportAsync(grantee, link, page, whatHappened, "30",
            [.. lines.Select((l, i) => (l.Actual, l.Explanation, ((string, byte[])?)($"kvittering-{i + 1}.pdf", s_pdf)))]);
        Assert.True(sent.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync()));
        Assert.Contains(thanks, WebUtility.HtmlDecode(await grantee.GetStringAsync(link)), StringComparison.Ordinal);
    }

    private async Task TheSecretariatApprovesTheReportAsync(HttpClient secretary, Application application)
    {
        var task = await LatestTaskAsync(Site, application.WorkflowId);
        Assert.Equal($"Godkend afrapportering {application.Reference}", task.Title);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(secretary, task, "Godkend", null)).StatusCode);
        Assert.Equal(GrantApplicationStatus.Closed, (await PartAsync(Site, application.Id)).Status);
        Assert.Equal(WorkflowStatus.Finished, (await Site.InstanceAsync(ScreeningWorkflow, application.Id)).Status);
    }

    /// <summary>The status sentence, and the steps: decided and reported on are behind the applicant, none is still to come.</summary>
    private async Task TheCaseIsClosedOnItsStatusPageAsync(Application application, string closed, string steps, string notYet)
    {
        using var applicant = Site.CreateClient();
        var html = await applicant.GetStringAsync(application.ReceiptUrl);
        HtmlValidator.AssertValid(html, "the status page of a closed case");
        var page = FormSession.TextOf(html);
        Assert.Contains(closed, page, StringComparison.Ordinal);
        Assert.Contains(steps, page, StringComparison.Ordinal);
        Assert.DoesNotContain(notYet, page, StringComparison.Ordinal);
    }

    private static async Task ThePoolLedgerShowsTheYearsFiguresAsync(HttpClient secretary)
    {
        var pool = WebUtility.HtmlDecode(await secretary.GetStringAsync("/admin/pool?year=2027"));
        Assert.Contains("id=\"pool-granted\">20.500 kr.", pool, StringComparison.Ordinal);
        Assert.Contains("id=\"pool-paid\">20.500 kr.", pool, StringComparison.Ordinal);
        Assert.Contains("id=\"pool-remaining\">39.300 kr.", pool, StringComparison.Ordinal);
    }

    private async Task TheFundedProjectsListTheMarkedOneAsync()
    {
        using var visitor = Site.CreateClient();
        var html = WebUtility.HtmlDecode(await visitor.GetStringAsync("/stoettede-projekter"));
        Assert.Contains($"<td>04.03.2027</td><td>{Organisation}</td><td>Madklub for nye naboer</td><td>12.500 kr.</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Homework club in Virum", html, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateName, html, StringComparison.Ordinal);
    }

    private Task<long> MeetingIdAsync(DateOnly date) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<Meeting>().Where(m => m.Date == date).Select(m => m.Id).SingleAsync());

    private Task<AgendaItem> AgendaItemAsync(string id) => DecisionCases.AgendaItemAsync(Site, id);

    [GeneratedRegex(@"LTK-\d{4}-\d{4}")]
    private static partial Regex ReferencePattern();
}
