using System.Net;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Council.Grants.Data;
using Council.Grants.Models;
using Council.Meetings.Data;
using LtkSite.Testing;
using LtkSite.Tests.Integration.Grants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Meetings;

public sealed class AgendaPackTests_Sqlite(SqliteGrantSiteFixture fixture) : AgendaPackTests<SqliteGrantSiteFixture>(fixture), IClassFixture<SqliteGrantSiteFixture>;

public sealed class AgendaPackTests_Postgres(PostgresGrantSiteFixture fixture) : AgendaPackTests<PostgresGrantSiteFixture>(fixture), IClassFixture<PostgresGrantSiteFixture>;

/// <summary>
/// The two agenda packs from one source and the case bundle: the members' pack (HTML and PDF) has the whole case with
/// the applicants' personal data, the public agenda only organisations, titles and amounts (offentlighedsloven § 30).
/// Each test plans a meeting on a date of its own.
/// </summary>
public abstract class AgendaPackTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : GrantSiteFixture
{
    [Fact]
    public async Task The_members_pack_has_every_item_in_order_with_the_whole_case_in_HTML_and_in_an_accessible_PDF()
    {
        var (meeting, club, person) = await MeetingWithTwoItemsAsync(new DateOnly(2027, 3, 4), "Pakke");
        await Client.LoginAsAdminAsync();

        var html = WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/meetings/{meeting}/pack"));
        foreach (var text in new[]
        {
            "Dagsorden for Integrationsrådets møde den 04.03.2027, medlemmernes udgave", "kl. 17.00", "Lyngby Rådhus, mødesal 1", "18.02.2027", "25.02.2027",
            "Punkt 1: Madklub Pakke", "Punkt 2: Sommerfest Pakke", "Foreningen Fælles Bord", "12345678", "Amina Hassan", "amina@example.org",
            "Sara Nielsen", "sara@example.org", "Flygtningefamilier i Lundtofte", "Fatima Ali", "15.05.2027 til 30.09.2027", "10.000 kr.", "12.500 kr.",
            "Leje af fælleshus", "Egenbetaling", "2.500 kr.", "budget-madklub.pdf", "Ingen indstilling endnu.", $"/admin/applications/{club}",
        })
        {
            Assert.Contains(text, html, StringComparison.Ordinal);
        }

        Assert.True(html.IndexOf("Punkt 1: Madklub Pakke", StringComparison.Ordinal) < html.IndexOf("Punkt 2: Sommerfest Pakke", StringComparison.Ordinal));
        Assert.Contains("href=\"/_content/Council.Meetings/meetings-pack.", html, StringComparison.Ordinal);

        var response = await Client.GetAsync($"/admin/meetings/{meeting}/pack.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var pdf = PdfReadBack.Read(bytes);
        Assert.Equal("da-DK", pdf.Language);
        Assert.True(pdf.Marked);
        Assert.True(pdf.HasStructureTree);
        Assert.True(pdf.DisplayDocTitle);
        Assert.Equal("Dagsorden for Integrationsrådets møde den 04.03.2027, medlemmernes udgave", pdf.Title);
        Assert.Empty(pdf.FontsNotEmbedded);
        Assert.Contains("H1", pdf.Tags);
        Assert.Contains("H2", pdf.Tags);
        Assert.Contains("Table", pdf.Tags);
        Assert.Contains("Side 1 af", pdf.Pages[0], StringComparison.Ordinal);
        foreach (var text in new[] { "Punkt 1: Madklub Pakke", "Punkt 2: Sommerfest Pakke", "Foreningen Fælles Bord", "Sara Nielsen", "amina@example.org", "10.000 kr.", "12.500 kr.", "budget-madklub.pdf" })
        {
            Assert.Contains(text, pdf.Text, StringComparison.Ordinal);
        }

        // Each item starts on a page of its own, after the meeting's page.
        Assert.Contains(pdf.Pages, p => p.StartsWith("Punkt 2: Sommerfest Pakke", StringComparison.Ordinal));
        var downloaded = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<AuditTrailEvent>()
            .AnyAsync(e => e.Category == "AgendaPack" && e.EventName == "Downloaded" && e.ObjectId == meeting.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(downloaded);
        Assert.NotEqual(person, club);
    }

    [Fact]
    public async Task The_public_agenda_names_organisations_but_no_private_person_and_is_there_only_once_the_agenda_is_out()
    {
        var date = new DateOnly(2027, 6, 3);
        var (meeting, _, _) = await MeetingWithTwoItemsAsync(date, "Offentlig");

        // Planned, and its agenda deadline (27.05.2027) not reached on 10.01.2027: not out yet.
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/moeder/2027-06-03/dagsorden")).StatusCode);
        await Site.SetMeetingAsync(meeting, m => m.Status = MeetingStatus.AgendaLocked);

        var html = WebUtility.HtmlDecode(await Client.GetStringAsync("/moeder/2027-06-03/dagsorden"));
        foreach (var text in new[] { "Dagsorden for Integrationsrådets møde den 03.06.2027", "Punkt 1: Madklub Offentlig", "Foreningen Fælles Bord", "Punkt 2: Sommerfest Offentlig", "Privat ansøger", "10.000 kr." })
        {
            Assert.Contains(text, html, StringComparison.Ordinal);
        }

        foreach (var personal in new[] { "Sara Nielsen", "sara@example.org", "Amina Hassan", "amina@example.org", "+45 12 34 56 78", "Fatima Ali", "12345678", "/admin/" })
        {
            Assert.DoesNotContain(personal, html, StringComparison.Ordinal);
        }

        var english = WebUtility.HtmlDecode(await Client.GetStringAsync("/en/meetings/2027-06-03/agenda"));
        Assert.Contains("Agenda for the council's meeting on 03.06.2027", english, StringComparison.Ordinal);
        Assert.Contains("Item 2: Sommerfest Offentlig", english, StringComparison.Ordinal);
        Assert.Contains("Private applicant", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Sara Nielsen", english, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/moeder/2027-06-04/dagsorden")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/moeder/2027-13-01/dagsorden")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/en/meetings/2027-06-04/agenda")).StatusCode);
        await Site.SetMeetingAsync(meeting, m => m.Status = MeetingStatus.Cancelled);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/moeder/2027-06-03/dagsorden")).StatusCode);
    }

    [Fact]
    public async Task The_decision_shows_on_the_public_agenda_once_the_meeting_is_concluded_and_in_the_members_pack_at_once()
    {
        var date = new DateOnly(2027, 9, 2);
        var (meeting, club, _) = await MeetingWithTwoItemsAsync(date, "Afgjort");
        await Site.SetMeetingAsync(meeting, m => m.Status = MeetingStatus.Held);
        await DecideAsync(meeting, date, club, GrantDecisionOutcome.PartlyGranted, 8000);
        await Client.LoginAsAdminAsync();

        Assert.Contains("Delvist bevilget: 8.000 kr.", WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/meetings/{meeting}/pack")), StringComparison.Ordinal);
        using var visitor = Site.CreateClient();
        Assert.DoesNotContain("8.000 kr.", await visitor.GetStringAsync("/moeder/2027-09-02/dagsorden"), StringComparison.Ordinal);

        await Site.SetMeetingAsync(meeting, m => m.ConcludedUtc = DateTime.UtcNow);
        var concluded = WebUtility.HtmlDecode(await visitor.GetStringAsync("/moeder/2027-09-02/dagsorden"));
        Assert.Contains("Mødet er afsluttet.", concluded, StringComparison.Ordinal);
        Assert.Contains("Delvist bevilget: 8.000 kr.", concluded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_bundle_is_one_PDF_of_the_whole_case_and_records_when_and_by_whom_it_was_bundled()
    {
        var date = new DateOnly(2027, 11, 25);
        var (meeting, club, _) = await MeetingWithTwoItemsAsync(date, "Bundt");
        await DecideAsync(meeting, date, club, GrantDecisionOutcome.PartlyGranted, 8000);
        await Client.LoginAsAdminAsync();

        var detail = WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/applications/{club}"));
        Assert.Contains($"href=\"/admin/applications/{club}/bundle.pdf\"", detail, StringComparison.Ordinal);
        Assert.Contains("Hent sagsbundt (PDF)", detail, StringComparison.Ordinal);

        var response = await Client.GetAsync($"/admin/applications/{club}/bundle.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = PdfReadBack.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("da-DK", pdf.Language);
        Assert.True(pdf.Marked);
        Assert.Empty(pdf.FontsNotEmbedded);
        foreach (var text in new[]
        {
            "Sagsbundt", "Madklub Bundt", "Ansøgningen", "Ansøger", "Projektet", "Foreningen Fælles Bord", "Budget", "12.500 kr.", "Bilag",
            "budget-madklub.pdf", "Screening", "Afgørelser", "Mødet den 25.11.2027", "Delvist bevilget: 8.000 kr.", "Budgettet er for stort", "Side 1 af", "Sikret",
        })
        {
            Assert.Contains(text, pdf.Text, StringComparison.Ordinal);
        }

        var (bundled, audited) = await Site.WithScopeAsync(async s =>
        {
            var item = await s.GetRequiredService<ContentManager>().GetAsync(club, VersionOptions.Latest);
            var audit = await s.GetRequiredService<LtkDbContext>().Set<AuditTrailEvent>().AnyAsync(e => e.ObjectId == club && e.EventName == "Bundled" && e.UserName == "admin");
            return (item!.As<GrantApplicationPart>().BundledUtc, audit);
        });
        Assert.NotNull(bundled);
        Assert.True(audited);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/admin/applications/unknown0000000000000000000/bundle.pdf")).StatusCode);
    }

    private async Task<(long Meeting, string Club, string Person)> MeetingWithTwoItemsAsync(DateOnly date, string marker)
    {
        var meeting = await Site.CreateMeetingAsync(date);
        var club = await Site.CreateFullApplicationAsync($"Madklub {marker}", "Amina Hassan", "amina@example.org", "Foreningen Fælles Bord", "12345678");
        var person = await Site.CreateFullApplicationAsync($"Sommerfest {marker}", "Sara Nielsen", "sara@example.org");
        Assert.Equal(1, await Site.PutOnAgendaAsync(meeting, club, $"Madklub {marker}", "Foreningen Fælles Bord"));
        Assert.Equal(2, await Site.PutOnAgendaAsync(meeting, person, $"Sommerfest {marker}", "Sara Nielsen"));
        return (meeting, club, person);
    }

    private Task<bool> DecideAsync(long meeting, DateOnly date, string applicationId, GrantDecisionOutcome outcome, decimal amount) =>
        Site.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<LtkDbContext>();
            db.Set<GrantDecision>().Add(new GrantDecision
            {
                ContentItemId = applicationId,
                MeetingId = meeting,
                MeetingDate = date,
                Outcome = outcome,
                GrantedAmount = amount,
                CriteriaNotMet = ["budget"],
                MainConsiderations = "Budgettet er for stort til puljen.",
                FactsReliedOn = "Ansøgt 10.000 kr. af en samlet pulje på 59.800 kr.",
                PoolYear = date.Year,
                DecidedUtc = DateTime.UtcNow,
                DecidedBy = "admin",
                ConcurrencyStamp = Guid.NewGuid(),
            });
            await db.SaveChangesAsync();
            return true;
        });
}
