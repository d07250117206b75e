using System.Net;
using System.Text.RegularExpressions;
using Cms.Core.Data;
using Cms.Core.Events;
using Cms.Email.Models;
using Cms.Forms.Data;
using Cms.Forms.Events;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Forms;

public sealed class ContactFormTests_Sqlite(SqliteApplicantSiteFixture fixture) : ContactFormTests<SqliteApplicantSiteFixture>(fixture), IClassFixture<SqliteApplicantSiteFixture>;

public sealed class ContactFormTests_Postgres(PostgresApplicantSiteFixture fixture) : ContactFormTests<PostgresApplicantSiteFixture>(fixture), IClassFixture<PostgresApplicantSiteFixture>;

/// <summary>
/// A citizen writes to the secretariat from the contact page: the message is stored, the secretariat gets it by mail
/// (the sender to reply to) and sees it in the admin, and the sender gets an acknowledgement with the reference only.
/// </summary>
public abstract partial class ContactFormTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : ApplicantSiteFixture
{
    private const string Url = "/kontakt/skriv";

    [Fact]
    public async Task A_citizen_writes_to_the_secretariat_both_mails_arrive_once_and_the_secretariat_reads_it_in_the_admin()
    {
        var secretariat = TestSmtp.NewAddress("sekretariat");
        var sender = TestSmtp.NewAddress("borger");
        await SetSecretariatAddressAsync(secretariat);

        var contact = WebUtility.HtmlDecode(await Client.GetStringAsync("/kontakt"));
        Assert.Contains("href=\"/kontakt/skriv\"", contact, StringComparison.Ordinal);

        var form = new FormSession(Client, Url);
        await form.OpenAsync();
        Assert.Contains("Skriv til Integrationsrådets sekretariat", form.Text, StringComparison.Ordinal);
        Assert.Contains("Sekretariatet må kontakte mig om min henvendelse (skal udfyldes)", form.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"/privatliv\"", form.Html, StringComparison.Ordinal);
        HtmlValidator.AssertValid(form.Html, "the contact form");

        // One mistake: the consent is not ticked. Everything typed is still there.
        const string message = "Hvornår holder rådet sit næste møde, og kan vores forening deltage som gæst?";
        await form.PostAsync("next", Message("Fatima Hassan", sender, "Deltagelse i rådets møde", message, consent: false));
        Assert.Contains("Der er et problem", form.Text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#ContactMessage.Consent.Value\">Sæt kryds: Sekretariatet må kontakte mig om min henvendelse.", form.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"Fatima Hassan\"", form.Html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{sender}\"", form.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"Deltagelse i rådets møde\"", form.Html, StringComparison.Ordinal);
        Assert.Contains(message, form.Text, StringComparison.Ordinal);
        HtmlValidator.AssertValid(form.Html, "the contact form with an error");

        await form.PostAsync("next", Message("Fatima Hassan", sender, "Deltagelse i rådets møde", message, consent: true));
        Assert.Contains("Tjek dine svar", form.Text, StringComparison.Ordinal);
        Assert.Contains(">Send besked</button>", form.Html, StringComparison.Ordinal);
        var sent = await form.PostAsync("send", keepPage: false);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var receiptUrl = sent.Headers.Location!.OriginalString;
        Assert.Matches("^/kontakt/skriv/kvittering/[A-Za-z0-9_-]{43}$", receiptUrl);

        var receipt = WebUtility.HtmlDecode(await Client.GetStringAsync(receiptUrl));
        Assert.Contains("Tak for din henvendelse", receipt, StringComparison.Ordinal);
        Assert.DoesNotContain("Vi har modtaget din ansøgning", receipt, StringComparison.Ordinal);
        var reference = ReferencePattern().Match(receipt).Value;
        Assert.StartsWith("KON-2027-", reference, StringComparison.Ordinal);

        // Stored first, then one mail each through the outbox.
        var stored = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<FormSubmissionRecord>().AsNoTracking().SingleAsync(r => r.Reference == reference));
        Assert.Equal("ContactMessage", stored.ContentType);
        Assert.Single(await MailsToAsync(secretariat));
        Assert.Single(await MailsToAsync(sender));

        // The same event delivered again writes nothing more.
        await Site.WithScopeAsync(async s =>
        {
            await s.GetRequiredService<IEventPublisher>().PublishAsync(new FormSubmitted(stored.ContentItemId, stored.ContentType, reference, stored.Culture, receiptUrl));
            return true;
        });
        Assert.Single(await MailsToAsync(secretariat));
        Assert.Single(await MailsToAsync(sender));

        using var smtp = TestSmtp.Start(Fixture.SmtpPort);
        await Fixture.Runner.RunDueWorkAsync();
        await Fixture.Runner.RunDueWorkAsync();

        var toSecretariat = TestSmtp.Parse(Assert.Single(smtp.ReceivedEmail, m => m.ToAddresses.Any(a => a.Address == secretariat)));
        Assert.Equal($"{reference}: Deltagelse i rådets møde", toSecretariat.Subject);
        Assert.Equal(sender, Assert.Single(toSecretariat.ReplyTo.Mailboxes).Address);
        Assert.Equal("Fatima Hassan", toSecretariat.ReplyTo.Mailboxes.Single().Name);
        Assert.Contains(message, toSecretariat.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://integrationsraadet.example/admin/forms/submissions/" + stored.ContentItemId, toSecretariat.TextBody, StringComparison.Ordinal);

        var toSender = TestSmtp.Parse(Assert.Single(smtp.ReceivedEmail, m => m.ToAddresses.Any(a => a.Address == sender)));
        Assert.Equal($"Tak for din henvendelse ({reference})", toSender.Subject);
        Assert.Contains($"Dit referencenummer er {reference}.", toSender.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(message, toSender.TextBody, StringComparison.Ordinal);
        Assert.Equal(2, smtp.ReceivedEmail.Count(m => m.ToAddresses.Any(a => a.Address == sender || a.Address == secretariat)));

        // The secretariat reads it in the admin.
        await Site.CreateUserAsync("sekretaer-" + Guid.NewGuid().ToString("N")[..8], "Secretariat-password-1", "Secretariat");
        var users = await Site.WithScopeAsync(s => s.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Cms.Core.Security.CmsUser>>().Users.Where(u => u.UserName!.StartsWith("sekretaer-")).Select(u => u.UserName!).ToListAsync());
        using var staff = Site.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await staff.LoginAsync(users.Last(), "Secretariat-password-1")).StatusCode);
        var list = WebUtility.HtmlDecode(await staff.GetStringAsync("/admin/forms/submissions?type=ContactMessage"));
        Assert.Contains(reference, list, StringComparison.Ordinal);
        Assert.Contains("Deltagelse i rådets møde", list, StringComparison.Ordinal);
        Assert.Contains("Modtaget", list, StringComparison.Ordinal);
        var detail = WebUtility.HtmlDecode(await staff.GetStringAsync("/admin/forms/submissions/" + stored.ContentItemId));
        Assert.Contains(message, detail, StringComparison.Ordinal);
        Assert.Contains(sender, detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/admin/forms/submissions/unknown0000000000000000000")).StatusCode);
    }

    [Fact]
    public async Task The_English_contact_form_acknowledges_in_English()
    {
        var secretariat = TestSmtp.NewAddress("sekretariat");
        var sender = TestSmtp.NewAddress("expat");
        await SetSecretariatAddressAsync(secretariat);

        var form = new FormSession(Client, "/en/contact/write");
        await form.OpenAsync();
        Assert.Contains("<html lang=\"en\">", form.Html, StringComparison.Ordinal);
        Assert.Contains("Write to the Integration Council's secretariat", form.Text, StringComparison.Ordinal);
        await form.PostAsync("next", Message("John Smith", sender, "Volunteering", "Can I volunteer at the Kulturfestival?", consent: true));
        var sent = await form.PostAsync("send", keepPage: false);
        Assert.StartsWith("/en/contact/write/receipt/", sent.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var receipt = WebUtility.HtmlDecode(await Client.GetStringAsync(sent.Headers.Location.OriginalString));
        Assert.Contains("Thank you for your message", receipt, StringComparison.Ordinal);
        var reference = ReferencePattern().Match(receipt).Value;

        var acknowledgement = Assert.Single(await MailsToAsync(sender));
        Assert.Equal($"Thank you for your message ({reference})", acknowledgement.Subject);
        Assert.Contains($"Your reference number is {reference}.", acknowledgement.TextBody, StringComparison.Ordinal);
        // The secretariat reads Danish, whatever language the sender wrote in.
        var notice = Assert.Single(await MailsToAsync(secretariat));
        Assert.Contains("er kommet ind via hjemmesiden", notice.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_secretariats_address_is_refused_when_it_is_no_address_and_kept_as_typed()
    {
        await Client.LoginAsAdminAsync();
        var page = await Client.GetStringAsync("/admin/settings/FormsSettings");
        Assert.Contains("Sekretariatets e-mailadresse", WebUtility.HtmlDecode(page), StringComparison.Ordinal);

        var response = await Client.PostFormAsync("/admin/settings/FormsSettings", "/admin/settings/FormsSettings", [new("SecretariatEmail", "sekretariatet.ltk.dk")]);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"sekretariatet.ltk.dk\" er ikke en e-mailadresse.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"sekretariatet.ltk.dk\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#SecretariatEmail\"", html, StringComparison.Ordinal);
    }

    private async Task SetSecretariatAddressAsync(string address)
    {
        using var admin = Site.CreateClient();
        await admin.LoginAsAdminAsync();
        var saved = await admin.PostFormAsync("/admin/settings/FormsSettings", "/admin/settings/FormsSettings", [new("SecretariatEmail", address)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private Task<List<OutboxMail>> MailsToAsync(string address) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<OutboxMail>().AsNoTracking().Where(m => m.To == address).ToListAsync());

    private static KeyValuePair<string, string>[] Message(string name, string email, string subject, string text, bool consent) =>
    [
        new("ContactMessage.Name.Text", name),
        new("ContactMessage.Email.Email", email),
        new("ContactMessage.Subject.Text", subject),
        new("ContactMessage.Message.Text", text),
        .. consent ? [new KeyValuePair<string, string>("ContactMessage.Consent.Value", "true")] : Array.Empty<KeyValuePair<string, string>>(),
    ];

    [GeneratedRegex(@"KON-\d{4}-\d{4}")]
    private static partial Regex ReferencePattern();
}
