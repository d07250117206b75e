using System.Net;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Council.Grants.Models;
using LtkSite.Testing;
using LtkSite.Tests.Integration.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Grants;

public sealed class GrantStatusPageTests_Sqlite(SqliteApplicantSiteFixture fixture) : GrantStatusPageTests<SqliteApplicantSiteFixture>(fixture), IClassFixture<SqliteApplicantSiteFixture>;

public sealed class GrantStatusPageTests_Postgres(PostgresApplicantSiteFixture fixture) : GrantStatusPageTests<PostgresApplicantSiteFixture>(fixture), IClassFixture<PostgresApplicantSiteFixture>;

/// <summary>
/// The private link of a grant application's receipt as its applicant uses it: the status as it moves, dated, with the
/// meeting expected to treat it, in the language the applicant wrote in whichever language's address they open.
/// </summary>
public abstract class GrantStatusPageTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : ApplicantSiteFixture
{
    [Fact]
    public async Task The_receipt_shows_the_status_as_it_moves_and_the_expected_meeting_in_the_applicants_language()
    {
        var (id, url) = await Site.SubmitGrantApplicationAsync("Fællesspisning i Lundtofteparken", "da-DK");
        Assert.StartsWith("/ansoeg-om-stoette/kvittering/", url, StringComparison.Ordinal);

        var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Equal("noindex", response.Headers.GetValues("X-Robots-Tag").Single());
        var html = await response.Content.ReadAsStringAsync();
        HtmlValidator.AssertValid(html, "the status page");
        var page = FormSession.TextOf(html);
        Assert.Contains("Tak for din ansøgning", page, StringComparison.Ordinal);
        Assert.Matches(@"Dit referencenummer er LTK-2027-\d{4}", page);
        Assert.Contains("Status for din ansøgning", page, StringComparison.Ordinal);
        // The shipped screening workflow takes it into screening the moment it is sent.
        Assert.Contains("Modtaget Afsluttet, 10.01.2027", page, StringComparison.Ordinal);
        Assert.Contains("Under gennemgang Her er den nu, 10.01.2027", page, StringComparison.Ordinal);
        Assert.Contains("Behandles på mødet den 4. marts 2027 Endnu ikke", page, StringComparison.Ordinal);
        Assert.Contains("Afgjort Endnu ikke", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Flere oplysninger nødvendige", page, StringComparison.Ordinal);
        Assert.Contains("Sekretariatet er ved at gennemgå din ansøgning.", page, StringComparison.Ordinal);
        Assert.Contains("Ansøgningen forventes behandlet på mødet den 4. marts 2027. Du får besked lige efter mødet.", page, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"step\"", html, StringComparison.Ordinal);
        // The reference at the top, what was sent below the status.
        Assert.True(page.IndexOf("referencenummer", StringComparison.Ordinal) < page.IndexOf("Status for din ansøgning", StringComparison.Ordinal));
        Assert.True(page.IndexOf("Status for din ansøgning", StringComparison.Ordinal) < page.IndexOf("Det har du sendt", StringComparison.Ordinal));
        Assert.Contains("Fællesspisning i Lundtofteparken", page[page.IndexOf("Det har du sendt", StringComparison.Ordinal)..], StringComparison.Ordinal);

        // A day on the secretariat asks for more: the same link says so at once, with the dates.
        Fixture.Clock.Advance(TimeSpan.FromDays(1));
        await SetStatusAsync(id, GrantApplicationStatus.MoreInformationNeeded);

        page = FormSession.TextOf(await Client.GetStringAsync(url));
        Assert.Contains("Modtaget Afsluttet, 10.01.2027", page, StringComparison.Ordinal);
        Assert.Contains("Under gennemgang Afsluttet, 10.01.2027", page, StringComparison.Ordinal);
        Assert.Contains("Flere oplysninger nødvendige Her er den nu, 11.01.2027", page, StringComparison.Ordinal);
        Assert.Contains("Sekretariatet har brug for flere oplysninger fra dig.", page, StringComparison.Ordinal);

        // Through the English address (a language switch, a forwarded link) the applicant still reads Danish.
        var english = await Client.GetAsync(url.Replace("/ansoeg-om-stoette/kvittering/", "/en/apply-for-a-grant/receipt/", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, english.StatusCode);
        Assert.True(english.Headers.CacheControl!.NoStore);
        Assert.Equal(url, english.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_application_sent_in_English_reads_English_even_through_the_Danish_address()
    {
        var (id, url) = await Site.SubmitGrantApplicationAsync("Language café for newcomers", "en");
        Assert.StartsWith("/en/apply-for-a-grant/receipt/", url, StringComparison.Ordinal);
        Fixture.Clock.Advance(TimeSpan.FromHours(2));
        await SetStatusAsync(id, GrantApplicationStatus.MoreInformationNeeded);

        var danish = await Client.GetAsync(url.Replace("/en/apply-for-a-grant/receipt/", "/ansoeg-om-stoette/kvittering/", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, danish.StatusCode);
        Assert.Equal(url, danish.Headers.Location!.OriginalString);

        var html = await Client.GetStringAsync(url);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        var page = FormSession.TextOf(html);
        Assert.Contains("Thank you for your application", page, StringComparison.Ordinal);
        Assert.Contains("Status of your application", page, StringComparison.Ordinal);
        // The class's tests share the clock: the date is the clock's day, whichever test ran first.
        var today = TimeZoneInfo.ConvertTime(Fixture.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen")).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"More information needed Where it is now, {today}", page, StringComparison.Ordinal);
        Assert.Contains("The secretariat needs more information from you.", page, StringComparison.Ordinal);
        Assert.Contains("The application is expected to be treated at the meeting on 4 March 2027. You will hear from us right after the meeting.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Ansøgningen forventes", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_token_finds_nothing_in_either_language()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/ansoeg-om-stoette/kvittering/" + new string('A', 43))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/en/apply-for-a-grant/receipt/" + new string('B', 43))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/ansoeg-om-stoette/kvittering/kort")).StatusCode);
    }

    /// <summary>Sets the status as staff or the screening workflow do: through the content manager.</summary>
    private Task<ContentItem> SetStatusAsync(string id, GrantApplicationStatus status) =>
        Site.WithScopeAsync(async services =>
        {
            var contents = services.GetRequiredService<ContentManager>();
            var item = (await contents.GetAsync(id, VersionOptions.Latest))!;
            item.Alter<GrantApplicationPart>(p => p.Status = status);
            return await contents.UpdateAsync(item, BaseVersion.SaveOverLatest, publish: false);
        });
}
