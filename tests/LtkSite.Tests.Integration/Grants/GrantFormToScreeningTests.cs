using System.Net;
using System.Text.RegularExpressions;
using LtkSite.Testing;
using LtkSite.Tests.Integration.Forms;
using MimeKit;

namespace LtkSite.Tests.Integration.Grants;

public sealed class GrantFormToScreeningTests_Sqlite(SqliteWorkSiteFixture fixture) : GrantFormToScreeningTests<SqliteWorkSiteFixture>(fixture), IClassFixture<SqliteWorkSiteFixture>;

public sealed class GrantFormToScreeningTests_Postgres(PostgresWorkSiteFixture fixture) : GrantFormToScreeningTests<PostgresWorkSiteFixture>(fixture), IClassFixture<PostgresWorkSiteFixture>;

/// <summary>
/// The whole way in, as the citizen goes: the Danish grant form sent over HTTP starts the shipped screening workflow,
/// the acknowledgement arrives at the SMTP server on 127.0.0.1 with the reference and the private status link, and that
/// link shows the application being screened.
/// </summary>
public abstract partial class GrantFormToScreeningTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : WorkSiteFixture
{
    [Fact]
    public async Task A_grant_form_sent_by_a_citizen_brings_the_acknowledgement_whose_link_shows_the_application_being_screened()
    {
        using var smtp = TestSmtp.Start(Fixture.SmtpPort);
        var email = TestSmtp.NewAddress("amina");
        using var citizen = Site.CreateClient();
        var form = new FormSession(citizen, "/ansoeg-om-stoette");
        await form.OpenAsync();
        await form.PostAsync("next",
        [
            new("GrantApplication.ApplicantKind.Values", "association"),
            new("GrantApplication.ApplicantName.Text", "Amina Hassan"),
            new("GrantApplication.Address.Text", "Lyngby Hovedgade 1, 2800 Kongens Lyngby"),
            new("GrantApplication.Email.Email", email),
            new("GrantApplication.PreferredLanguage.Values", "da"),
        ]);
        await form.PostAsync("next",
        [
            new("GrantApplication.ProjectTitle.Text", "Fællesspisning i Lundtofte"),
            new("GrantApplication.Description.Text", "Vi laver mad sammen en gang om måneden."),
            new("GrantApplication.TargetGroup.Text", "Nye og gamle borgere i Lundtofte"),
            new("GrantApplication.Beneficiaries.Value", "40"),
            new("GrantApplication.ProjectLeader.Text", "Amina Hassan"),
            new("GrantApplication.CommunityOrientation.Text", "Alle spiser sammen, og alle kan komme."),
        ]);
        await form.PostAsync("next",
        [
            new("GrantApplication.StartDate.Value", "01.09.2027"),
            new("GrantBudgetPart.BudgetLines[0].Item", "Mad og drikke"),
            new("GrantBudgetPart.BudgetLines[0].Amount", "6.000"),
            new("GrantBudgetPart.AmountAppliedFor", "5.000"),
        ]);
        await form.PostAsync("next");
        Assert.Contains("Tjek dine svar", form.Text, StringComparison.Ordinal);
        var sent = await form.PostAsync("send", keepPage: false);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var receiptUrl = sent.Headers.Location!.OriginalString;
        var reference = ReferencePattern().Match(WebUtility.HtmlDecode(await citizen.GetStringAsync(receiptUrl))).Value;
        Assert.NotEmpty(reference);

        await Fixture.Runner.RunDueWorkAsync();
        var ack = Assert.Single(smtp.ReceivedEmail.Where(m => m.ToAddresses.Any(a => a.Address == email)).Select(TestSmtp.Parse));
        Assert.Equal($"Vi har modtaget din ansøgning {reference}", ack.Subject);
        Assert.DoesNotContain("Lyngby Hovedgade", ack.TextBody, StringComparison.Ordinal);
        var link = LinkIn(ack);
        Assert.Equal(receiptUrl, new Uri(link).PathAndQuery);

        using var later = Site.CreateClient();
        var status = FormSession.TextOf(await later.GetStringAsync(link));
        Assert.Contains(reference, status, StringComparison.Ordinal);
        Assert.Contains("Under gennemgang Her er den nu", status, StringComparison.Ordinal);
    }

    private static string LinkIn(MimeMessage mail) =>
        StatusLink().Match(mail.TextBody ?? "") is { Success: true } m ? m.Value : throw new InvalidOperationException("No status link: " + mail.TextBody);

    [GeneratedRegex(@"LTK-\d{4}-\d{4}")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"http://localhost/ansoeg-om-stoette/kvittering/[A-Za-z0-9_-]{43}")]
    private static partial Regex StatusLink();
}
