using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Cms.Core.Data;
using Cms.Core.Work;
using Cms.Forms.Data;
using Cms.Forms.Services;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;

namespace LtkSite.Tests.Integration.Forms;

public sealed class FormDraftTests_Sqlite(SqliteWorkSiteFixture fixture) : FormDraftTests<SqliteWorkSiteFixture>(fixture), IClassFixture<SqliteWorkSiteFixture>;

public sealed class FormDraftTests_Postgres(PostgresWorkSiteFixture fixture) : FormDraftTests<PostgresWorkSiteFixture>(fixture), IClassFixture<PostgresWorkSiteFixture>;

/// <summary>
/// "Gem og fortsæt senere": a citizen saves the grant form unfinished, gets the private link at the SMTP server on 127.0.0.1,
/// continues by it in another browser and sends; drafts expire 30 days after the last save on the fake clock.
/// </summary>
public abstract partial class FormDraftTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture), IAsyncLifetime
    where TFixture : WorkSiteFixture
{
    private const string GrantUrl = "/ansoeg-om-stoette";

    [Fact]
    public Task A_draft_keeps_its_file_is_refused_once_older_than_30_days_and_the_nightly_job_deletes_it_with_the_file() => DraftExpiryAsync();

    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    private DateTime Now => Fixture.Clock.GetUtcNow().UtcDateTime;

    public async Task InitializeAsync()
    {
        await FormTestTypes.EnsureAsync(Site);
        Site.Logs.Expect(e => e.Message.Contains("a public form never asks for a CPR number", StringComparison.Ordinal));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_citizen_saves_the_grant_form_on_step_two_continues_by_the_mailed_link_sends_it_and_the_link_then_stops_working()
    {
        using var smtp = TestSmtp.Start(Fixture.SmtpPort);
        var email = TestSmtp.NewAddress("amina");
        var form = new FormSession(Client, GrantUrl);
        await form.OpenAsync();
        Assert.Contains("Gem og fortsæt senere", form.Text, StringComparison.Ordinal);
        await form.PostAsync("next", GrantApplicant(email));
        Assert.Contains("Trin 2 af 5", form.Text, StringComparison.Ordinal);

        // What is typed on the step goes with the draft, unfinished as it is; the address from step 1 is offered.
        await form.PostAsync("draft", [new("GrantApplication.ProjectTitle.Text", "Fællesspisning i Lundtofte")]);
        Assert.Contains("Gem og fortsæt senere", form.Text, StringComparison.Ordinal);
        Assert.Contains("Din e-mailadresse", form.Text, StringComparison.Ordinal);
        Assert.Contains($"value=\"{email}\"", form.Html, StringComparison.Ordinal);
        HtmlValidator.AssertValid(form.Html, "the save page");

        await form.PostAsync("draft-save", [new("DraftEmail", email)]);
        var savedAt = Now;
        Assert.Contains("Din ansøgning er gemt", form.Text, StringComparison.Ordinal);
        Assert.Contains($"Sidst gemt {DanishTime(savedAt)}.", form.Text, StringComparison.Ordinal);
        Assert.Contains($"Den gemmes indtil {DanishDate(savedAt.AddDays(30))}.", form.Text, StringComparison.Ordinal);
        Assert.Contains($"Vi har sendt et link til {email[0]}…@example.org.", form.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(email, form.Text, StringComparison.Ordinal);
        HtmlValidator.AssertValid(form.Html, "the saved page");

        var mail = await MailToAsync(smtp, email);
        Assert.Equal("Dit link til at fortsætte: Ansøg om støtte", mail.Subject);
        Assert.Contains("Ansøg om støtte", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Linket virker indtil {DanishDate(savedAt.AddDays(30))}", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Amina Hassan", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Lundtofte", mail.TextBody, StringComparison.Ordinal);
        var link = LinkIn(mail, "/ansoeg-om-stoette/fortsaet/");

        // Another browser, later: the link opens step 2 with every answer and says when it was saved.
        using var later = Site.CreateClient();
        var resumed = new FormSession(later, link, GrantUrl);
        await resumed.OpenAsync();
        Assert.Equal(HttpStatusCode.OK, resumed.Response!.StatusCode);
        Assert.Contains("Trin 2 af 5", resumed.Text, StringComparison.Ordinal);
        Assert.Contains($"Sidst gemt {DanishTime(savedAt)}", resumed.Text, StringComparison.Ordinal);
        Assert.Contains("value=\"Fællesspisning i Lundtofte\"", WebUtility.HtmlDecode(resumed.Html), StringComparison.Ordinal);
        HtmlValidator.AssertValid(resumed.Html, "the resumed form");

        await resumed.PostAsync("next", GrantProject("Fællesspisning i Lundtofte"));
        Assert.Contains("Trin 3 af 5", resumed.Text, StringComparison.Ordinal);
        await resumed.PostAsync("next",
        [
            new("GrantApplication.StartDate.Value", "15.05.2027"),
            new("GrantBudgetPart.BudgetLines[0].Item", "Mad og drikke"),
            new("GrantBudgetPart.BudgetLines[0].Amount", "6.000"),
            new("GrantBudgetPart.AmountAppliedFor", "5.000"),
        ]);
        Assert.Contains("Trin 4 af 5", resumed.Text, StringComparison.Ordinal);
        await resumed.PostAsync("next");
        Assert.Contains("Tjek dine svar", resumed.Text, StringComparison.Ordinal);
        Assert.Contains("Amina Hassan", resumed.Text, StringComparison.Ordinal);
        var sent = await resumed.PostAsync("send", keepPage: false);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("/ansoeg-om-stoette/kvittering/", sent.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var gone = await later.GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var page = WebUtility.HtmlDecode(await gone.Content.ReadAsStringAsync());
        Assert.Contains("Linket virker ikke længere", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/ansoeg-om-stoette\">Start formularen forfra: Ansøg om støtte</a>", page, StringComparison.Ordinal);
        HtmlValidator.AssertValid(page, "the no-longer-valid page");
        Assert.Equal(1, smtp.ReceivedEmail.Count(m => m.ToAddresses.Any(a => a.Address == email)));
    }

    [Fact]
    public async Task Saving_again_from_a_resumed_draft_updates_the_same_draft_and_mails_nothing_more_unless_a_new_link_is_asked_for()
    {
        using var smtp = TestSmtp.Start(Fixture.SmtpPort);
        var email = TestSmtp.NewAddress("resave");
        await SaveGrantDraftAsync(email, "Sprogcafé");
        var link = LinkIn(await MailToAsync(smtp, email), "/ansoeg-om-stoette/fortsaet/");
        var drafts = await DraftCountAsync();

        Fixture.Clock.Advance(TimeSpan.FromHours(2));
        var resumed = new FormSession(Client, link, GrantUrl);
        await resumed.OpenAsync();
        await resumed.PostAsync("draft", [new("GrantApplication.ProjectTitle.Text", "Sprogcafé hver torsdag")]);
        Assert.Contains("Din ansøgning er gemt", resumed.Text, StringComparison.Ordinal);
        Assert.Contains($"Sidst gemt {DanishTime(Now)}.", resumed.Text, StringComparison.Ordinal);
        Assert.Contains("Brug linket i den e-mail, vi har sendt dig", resumed.Text, StringComparison.Ordinal);
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Equal(1, smtp.ReceivedEmail.Count(m => m.ToAddresses.Any(a => a.Address == email)));
        Assert.Equal(drafts, await DraftCountAsync());

        var again = new FormSession(Site.CreateClient(), link, GrantUrl);
        await again.OpenAsync();
        Assert.Contains($"Sidst gemt {DanishTime(Now)}", again.Text, StringComparison.Ordinal);
        Assert.Contains("value=\"Sprogcafé hver torsdag\"", WebUtility.HtmlDecode(again.Html), StringComparison.Ordinal);

        // Asked for, a new link goes out and the old one stops working.
        await resumed.PostAsync("draft-email");
        await resumed.PostAsync("draft-save", [new("DraftEmail", email)]);
        Assert.Contains($"Vi har sendt et link til {email[0]}…@example.org.", resumed.Text, StringComparison.Ordinal);
        await Fixture.Runner.RunDueWorkAsync();
        await Fixture.Runner.RunDueWorkAsync();
        var links = smtp.ReceivedEmail.Where(m => m.ToAddresses.Any(a => a.Address == email)).Select(m => LinkIn(TestSmtp.Parse(m), "/ansoeg-om-stoette/fortsaet/")).ToList();
        Assert.Equal(2, links.Count);
        var newLink = Assert.Single(links, l => l != link);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(newLink)).StatusCode);
        Assert.Equal(drafts, await DraftCountAsync());
    }

    [Fact]
    public async Task A_missing_or_bad_address_is_refused_with_an_error_summary_every_answer_kept_and_nothing_stored()
    {
        var drafts = await DraftCountAsync();
        var form = new FormSession(Client, GrantUrl);
        await form.OpenAsync();
        await form.PostAsync("draft", [new("GrantApplication.ApplicantName.Text", "Amina Hassan"), new("GrantApplication.Address.Text", "Lyngby Hovedgade 1")]);

        await form.PostAsync("draft-save", [new("DraftEmail", "")]);
        Assert.Contains("Der er et problem", form.Text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#DraftEmail\">Indtast din e-mailadresse, så vi kan sende dig linket.</a>", WebUtility.HtmlDecode(form.Html), StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(form.Text, "Indtast din e-mailadresse, så vi kan sende dig linket."));
        Assert.Contains("aria-invalid=\"true\"", form.Html, StringComparison.Ordinal);
        HtmlValidator.AssertValid(form.Html, "the save page with an error");

        await form.PostAsync("draft-save", [new("DraftEmail", "amina.example.org")]);
        Assert.Contains("Din e-mailadresse skal være en gyldig e-mailadresse, fx navn@eksempel.dk.", form.Text, StringComparison.Ordinal);
        Assert.Contains("value=\"amina.example.org\"", form.Html, StringComparison.Ordinal);

        // A filled spam trap saves nothing either.
        var spam = await form.PostAsync("draft-save", [new("DraftEmail", "amina@example.org"), new("Hjemmeside", "http://spam.example")], keepPage: false);
        Assert.Equal(HttpStatusCode.BadRequest, spam.StatusCode);

        await form.PostAsync("draft-return");
        Assert.Contains("Trin 1 af 5", form.Text, StringComparison.Ordinal);
        Assert.Contains("value=\"Amina Hassan\"", form.Html, StringComparison.Ordinal);
        Assert.Contains("Lyngby Hovedgade 1", form.Text, StringComparison.Ordinal);
        Assert.Equal(drafts, await DraftCountAsync());
    }

    [Fact]
    public async Task The_English_form_saves_with_an_English_mail_and_link_and_opens_again_in_English()
    {
        using var smtp = TestSmtp.Start(Fixture.SmtpPort);
        var email = TestSmtp.NewAddress("john");
        var form = new FormSession(Client, "/en/apply-for-a-grant");
        await form.OpenAsync();
        Assert.Contains("Save and continue later", form.Text, StringComparison.Ordinal);
        await form.PostAsync("draft", [new("GrantApplication.ApplicantName.Text", "John Smith")]);
        await form.PostAsync("draft-save", [new("DraftEmail", email)]);
        Assert.Contains("Your application is saved", form.Text, StringComparison.Ordinal);
        Assert.Contains($"Last saved {DanishDate(Now)} at ", form.Text, StringComparison.Ordinal);

        var mail = await MailToAsync(smtp, email);
        Assert.Equal("Your link to continue: Apply for a grant", mail.Subject);
        var link = LinkIn(mail, "/en/apply-for-a-grant/continue/");
        var resumed = new FormSession(Site.CreateClient(), link, "/en/apply-for-a-grant");
        await resumed.OpenAsync();
        Assert.Contains("Step 1 of 5", resumed.Text, StringComparison.Ordinal);
        Assert.Contains("value=\"John Smith\"", resumed.Html, StringComparison.Ordinal);

        var unknown = await Client.GetAsync("/en/apply-for-a-grant/continue/" + new string('A', 43));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("The link no longer works", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    /// <summary>A draft keeps its file, is refused once older than 30 days, and the nightly job deletes it with the file.</summary>
    protected async Task DraftExpiryAsync()
    {
        using var smtp = TestSmtp.Start(Fixture.SmtpPort);
        var email = TestSmtp.NewAddress("files");
        var url = "/" + FormTestTypes.Path;
        var form = new FormSession(Client, url);
        await form.OpenAsync();
        await form.PostAsync("next", [new("TestApplication.Name.Text", "Fatima Hassan"), new("TestApplication.Email.Email", email), new("TestApplication.Kind.Values", "association")]);
        await form.PostAsync("draft", [new("TestApplication.Description.Text", "Sommerfest")], [("TestApplication.Budget.File", "budget.pdf", MediaTestFiles.Pdf())]);
        await form.PostAsync("draft-save", [new("DraftEmail", email)]);
        Assert.Contains("Sidst gemt", form.Text, StringComparison.Ordinal);
        var link = LinkIn(await MailToAsync(smtp, email), $"/{FormTestTypes.Path}/fortsaet/");

        var resumed = new FormSession(Client, link, url);
        await resumed.OpenAsync();
        Assert.Contains("Trin 2 af 3", resumed.Text, StringComparison.Ordinal);
        Assert.Contains("Modtaget: budget.pdf.", resumed.Text, StringComparison.Ordinal);
        var tokenHash = FormTokens.Hash(link[(link.LastIndexOf('/') + 1)..]);
        var draftId = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<FormDraftRecord>().AsNoTracking()
            .Where(d => d.TokenHash == tokenHash).Select(d => d.Id).SingleAsync());
        var file = await FileOfAsync(draftId);
        Assert.NotNull(file);

        // Weeks later the sweep of abandoned uploads (run by another citizen's upload) leaves the draft's file alone.
        Fixture.Clock.Advance(TimeSpan.FromDays(29));
        var other = new FormSession(Site.CreateClient(), url);
        await other.OpenAsync();
        await other.PostAsync("next", [new("TestApplication.Name.Text", "Ole Olsen"), new("TestApplication.Email.Email", "ole@example.org"), new("TestApplication.Kind.Values", "person")]);
        await other.PostAsync("next", [], [("TestApplication.Budget.File", "andet.pdf", MediaTestFiles.Pdf())]);
        Assert.Contains("Modtaget: andet.pdf.", other.Text, StringComparison.Ordinal);
        Assert.NotNull(await FileOfAsync(draftId));
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(link)).StatusCode);
        Fixture.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var expired = await Client.GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Contains("Linket virker ikke længere", WebUtility.HtmlDecode(await expired.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        await RunNightAsync();
        Assert.False(await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<FormDraftRecord>().AnyAsync(d => d.Id == draftId)));
        Assert.Null(await FileOfAsync(draftId));
        Assert.False(await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<FormFileRecord>().AnyAsync(f => f.FileId == file!.FileId)));
    }

    private async Task SaveGrantDraftAsync(string email, string title)
    {
        var form = new FormSession(Client, GrantUrl);
        await form.OpenAsync();
        await form.PostAsync("next", GrantApplicant(email));
        await form.PostAsync("draft", [new("GrantApplication.ProjectTitle.Text", title)]);
        await form.PostAsync("draft-save", [new("DraftEmail", email)]);
        Assert.Contains("Din ansøgning er gemt", form.Text, StringComparison.Ordinal);
    }

    /// <summary>Runs the queue (the mail's delivery) and returns the one mail the address got.</summary>
    private async Task<MimeMessage> MailToAsync(SimpleSmtpServer smtp, string email)
    {
        await Fixture.Runner.RunDueWorkAsync();
        await Fixture.Runner.RunDueWorkAsync();
        return TestSmtp.Parse(Assert.Single(smtp.ReceivedEmail, m => m.ToAddresses.Any(a => a.Address == email)));
    }

    /// <summary>The site path of the private link in the mail.</summary>
    private static string LinkIn(MimeMessage mail, string under)
    {
        var match = Regex.Match(mail.TextBody ?? "", "https?://[^\\s]+" + Regex.Escape(under) + "[A-Za-z0-9_-]{43}");
        Assert.True(match.Success, "The mail has the private link: " + mail.TextBody);
        return new Uri(match.Value).AbsolutePath;
    }

    /// <summary>Moves the clock on to the draft housekeeping row's next run if it is not due yet, and runs the queue.</summary>
    private async Task RunNightAsync()
    {
        var due = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkItem>().AsNoTracking()
            .Where(w => w.Key == FormDraftHousekeepingHandler.Key).Select(w => w.DueUtc).SingleAsync());
        var by = DateTime.SpecifyKind(due, DateTimeKind.Utc) - Now;
        if (by > TimeSpan.Zero)
        {
            Fixture.Clock.Advance(by);
        }

        await Fixture.Runner.RunDueWorkAsync();
        var after = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkItem>().AsNoTracking()
            .SingleAsync(w => w.Key == FormDraftHousekeepingHandler.Key));
        Assert.Null(after.LastError);
        Assert.True(after.DueUtc > Now, "The housekeeping row ran and waits for the next night.");
    }

    private Task<FormFileRecord?> FileOfAsync(string draftId) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<FormFileRecord>().AsNoTracking().FirstOrDefaultAsync(f => f.DraftId == draftId));

    private Task<int> DraftCountAsync() =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<FormDraftRecord>().CountAsync());

    private static string DanishDate(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Copenhagen).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string DanishTime(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Copenhagen).ToString("dd.MM.yyyy 'kl.' HH.mm", CultureInfo.InvariantCulture);

    private static KeyValuePair<string, string>[] GrantApplicant(string email) =>
    [
        new("GrantApplication.ApplicantKind.Values", "association"),
        new("GrantApplication.ApplicantName.Text", "Amina Hassan"),
        new("GrantApplication.Organisation.Text", "Foreningen Fællesskab"),
        new("GrantApplication.Address.Text", "Lyngby Hovedgade 1, 2800 Kongens Lyngby"),
        new("GrantApplication.Email.Email", email),
        new("GrantApplication.PreferredLanguage.Values", "da"),
    ];

    private static KeyValuePair<string, string>[] GrantProject(string title) =>
    [
        new("GrantApplication.ProjectTitle.Text", title),
        new("GrantApplication.Description.Text", "Vi laver mad sammen en gang om måneden."),
        new("GrantApplication.TargetGroup.Text", "Nye borgere og naboer"),
        new("GrantApplication.Beneficiaries.Value", "40"),
        new("GrantApplication.ProjectLeader.Text", "Amina Hassan"),
        new("GrantApplication.CommunityOrientation.Text", "Alle spiser ved samme bord."),
    ];
}
