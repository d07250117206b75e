using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Council.Grants.Data;
using Council.Grants.Models;
using Council.Meetings.Data;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Grants;

public sealed class GrantDecisionTests_Sqlite(SqliteGrantSiteFixture fixture) : GrantDecisionTests<SqliteGrantSiteFixture>(fixture), IClassFixture<SqliteGrantSiteFixture>;

public sealed class GrantDecisionTests_Postgres(PostgresGrantSiteFixture fixture) : GrantDecisionTests<PostgresGrantSiteFixture>(fixture), IClassFixture<PostgresGrantSiteFixture>;

/// <summary>
/// The council's decision on an application as the secretariat records it: the reasons a refusal or a partial grant
/// must give, booking against the year's pool and its override, changing a decision until the meeting is concluded,
/// the ledger with payments, repayments and lapses across meetings, its exports, and the public list of funded
/// projects. Each test works in a pool year of its own.
/// </summary>
public abstract partial class GrantDecisionTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : GrantSiteFixture
{
    [Fact]
    public async Task A_refusal_without_reasons_is_refused_at_each_field_with_what_was_typed_and_the_pool_used_up_alone_is_not_enough()
    {
        var id = await DecisionCases.ApplicationAsync(Site, 2031, "Fællesspisning i Lundtofte", 10_000);
        var meeting = await DecisionCases.MeetingAsync(Site, new DateOnly(2031, 3, 6));
        await DecisionCases.PutOnAgendaAsync(Site, id, meeting);
        await Client.LoginAsAdminAsync();
        var url = $"/admin/applications/{id}/decision";

        // Reached from the application's page.
        Assert.Contains($"href=\"{url}\"", Html(await Client.GetStringAsync($"/admin/applications/{id}")), StringComparison.Ordinal);
        var form = Html(await Client.GetStringAsync(url));
        Assert.Contains("Afgørelse: Fællesspisning i Lundtofte", form, StringComparison.Ordinal);
        // The item's number is the routing's to give.
        Assert.Contains("id=\"decision-meeting\">06.03.2031, punkt ", form, StringComparison.Ordinal);
        Assert.Contains("Projektet kommer kun enkeltpersoner til gode", form, StringComparison.Ordinal);

        var bare = Html(await (await Client.PostFormAsync(url, url, [new("Outcome", "Refused"), new("Amount", ""), new("Conditions", ""), new("MainConsiderations", ""), new("FreeText", "Rådet drøftede sagen længe.")])).Content.ReadAsStringAsync());
        Assert.Contains("<a href=\"#Criteria\">Sæt kryds ved de kriterier, ansøgningen ikke opfylder: et afslag eller en delvis bevilling skal begrundes.</a>", bare, StringComparison.Ordinal);
        Assert.Contains("id=\"Criteria-error\">Sæt kryds ved de kriterier", bare, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#MainConsiderations\">Skriv de hovedhensyn, afgørelsen bygger på.</a>", bare, StringComparison.Ordinal);
        Assert.Contains("id=\"MainConsiderations-error\">Skriv de hovedhensyn, afgørelsen bygger på.", bare, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#FactsReliedOn\">Skriv de faktiske omstændigheder, afgørelsen bygger på.</a>", bare, StringComparison.Ordinal);
        Assert.Contains("id=\"FactsReliedOn-error\">Skriv de faktiske omstændigheder", bare, StringComparison.Ordinal);
        Assert.Contains(">Rådet drøftede sagen længe.</textarea>", bare, StringComparison.Ordinal);
        Assert.Matches("value=\"Refused\"\\s+checked", bare);

        var poolOnly = Html(await (await Client.PostFormAsync(url, url,
        [
            new("Outcome", "Refused"), new("Criteria", "pool-used-up"), new("MainConsiderations", "Puljen for 2031 er brugt."), new("FactsReliedOn", "Der er 0 kr. tilbage."),
        ])).Content.ReadAsStringAsync());
        Assert.Contains("id=\"Criteria-error\">»Puljen er opbrugt« er ikke nok alene: sæt også kryds ved de kriterier, ansøgningen ikke opfylder.", poolOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("MainConsiderations-error", poolOnly, StringComparison.Ordinal);
        Assert.Matches("value=\"pool-used-up\"\\s+checked", poolOnly);
        Assert.Contains(">Puljen for 2031 er brugt.</textarea>", poolOnly, StringComparison.Ordinal);
        Assert.Empty(await DecisionsAsync(id));

        var saved = await Client.PostFormAsync(url, url,
        [
            new("Outcome", "Refused"), new("Criteria", "community"), new("Criteria", "pool-used-up"),
            new("MainConsiderations", "Rådet støtter fællesskabsorienterede projekter."), new("FactsReliedOn", "Ansøgningen beskriver en middag for seks venner."),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var decision = Assert.Single(await DecisionsAsync(id));
        Assert.Equal(GrantDecisionOutcome.Refused, decision.Outcome);
        Assert.Equal(["community", "pool-used-up"], decision.CriteriaNotMet);
        Assert.Null(decision.GrantedAmount);
        Assert.Equal(2031, decision.PoolYear);
        var item = await DecisionCases.AgendaItemAsync(Site, id);
        Assert.Equal(AgendaItemOutcome.Refused, item.Outcome);
        Assert.Equal("Afslag", item.OutcomeText);
        Assert.Contains("Afgørelsen er gemt: Afslag.", Html(await Client.GetStringAsync(saved.Headers.Location!.OriginalString)), StringComparison.Ordinal);
        Assert.Contains(await AuditAsync(id), e => e.EventName == "Decided" && e.Comment == "Afslag");
        // The decision does not decide the application's status: the decision letter does, once it goes out.
        var detail = Html(await Client.GetStringAsync($"/admin/applications/{id}"));
        Assert.DoesNotContain("id=\"application-status\">Afgjort", detail, StringComparison.Ordinal);
        Assert.Contains("id=\"decision-in-force\"><strong>Afslag</strong> · Mødet den 06.03.2031", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partial_grant_lies_between_nothing_and_the_amount_asked_and_less_than_asked_is_a_partial_grant()
    {
        var id = await DecisionCases.ApplicationAsync(Site, 2031, "Lektiehjælp i Stengården", 10_000);
        var meeting = await DecisionCases.MeetingAsync(Site, new DateOnly(2031, 6, 5));
        await DecisionCases.PutOnAgendaAsync(Site, id, meeting);
        await Client.LoginAsAdminAsync();
        var url = $"/admin/applications/{id}/decision";
        KeyValuePair<string, string>[] Partly(string amount) =>
        [
            new("Outcome", "PartlyGranted"), new("Amount", amount), new("Criteria", "budget"),
            new("MainConsiderations", "Budgettet er højt sat."), new("FactsReliedOn", "Leje af lokaler er budgetteret til 6.000 kr."),
        ];

        var whole = Html(await (await Client.PostFormAsync(url, url, Partly("10.000"))).Content.ReadAsStringAsync());
        Assert.Contains("id=\"Amount-error\">En delvis bevilling er under de ansøgte 10.000 kr. og over 0 kr.; vælg »Bevilget« for hele beløbet.", whole, StringComparison.Ordinal);
        Assert.Contains("value=\"10.000\"", whole, StringComparison.Ordinal);
        var more = Html(await (await Client.PostFormAsync(url, url, Partly("12000"))).Content.ReadAsStringAsync());
        Assert.Contains("id=\"Amount-error\">En delvis bevilling er under de ansøgte 10.000 kr.", more, StringComparison.Ordinal);
        var nothing = Html(await (await Client.PostFormAsync(url, url, Partly("0"))).Content.ReadAsStringAsync());
        Assert.Contains("id=\"Amount-error\">Skriv det bevilgede beløb i kroner, fx 12.000.", nothing, StringComparison.Ordinal);
        var less = Html(await (await Client.PostFormAsync(url, url, [new("Outcome", "Granted"), new("Amount", "8.000")])).Content.ReadAsStringAsync());
        Assert.Contains("id=\"Amount-error\">8.000 kr. er mindre end de ansøgte 10.000 kr.: det er en delvis bevilling.", less, StringComparison.Ordinal);
        Assert.Empty(await DecisionsAsync(id));

        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync(url, url, Partly("6.000,50"))).StatusCode);
        var decision = Assert.Single(await DecisionsAsync(id));
        Assert.Equal(GrantDecisionOutcome.PartlyGranted, decision.Outcome);
        Assert.Equal(6_000.50m, decision.GrantedAmount);
        Assert.Equal("Delvist bevilget 6.000,50 kr.", (await DecisionCases.AgendaItemAsync(Site, id)).OutcomeText);
    }

    [Fact]
    public async Task A_grant_beyond_what_is_left_is_refused_with_the_figures_until_booked_beyond_the_pool_with_a_reason_and_the_grant_page_follows()
    {
        await DecisionCases.PoolAsync(Site, 2027, 20_300, show: true);
        var first = await DecisionCases.ApplicationAsync(Site, 2027, "Sprogcafé på biblioteket", 12_000);
        var second = await DecisionCases.ApplicationAsync(Site, 2027, "Cykelskole for kvinder", 12_000);
        var meeting = await DecisionCases.MeetingAsync(Site, new DateOnly(2027, 3, 4));
        await DecisionCases.PutOnAgendaAsync(Site, first, meeting);
        await DecisionCases.PutOnAgendaAsync(Site, second, meeting);
        await Client.LoginAsAdminAsync();
        using var visitor = Site.CreateClient();
        Assert.Contains("Der er 20.300 kr. tilbage i puljen for 2027.", Html(await visitor.GetStringAsync("/tilskud")), StringComparison.Ordinal);

        // A grant is of the amount asked when no amount is written.
        var firstUrl = $"/admin/applications/{first}/decision";
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync(firstUrl, firstUrl, [new("Outcome", "Granted"), new("Amount", ""), new("Conditions", "Støtten må kun bruges til leje af lokaler.")])).StatusCode);
        Assert.Equal(12_000, Assert.Single(await DecisionsAsync(first)).GrantedAmount);
        Assert.Equal("Bevilget 12.000 kr.", (await DecisionCases.AgendaItemAsync(Site, first)).OutcomeText);
        Assert.Contains("Der er 8.300 kr. tilbage i puljen for 2027.", Html(await visitor.GetStringAsync("/tilskud")), StringComparison.Ordinal);
        Assert.Contains("There is 8.300 kr. left in the pool for 2027.", Html(await visitor.GetStringAsync("/en/grants")), StringComparison.Ordinal);

        var url = $"/admin/applications/{second}/decision";
        Assert.Contains("id=\"decision-remaining\">8.300 kr.", Html(await Client.GetStringAsync(url)), StringComparison.Ordinal);
        var beyond = Html(await (await Client.PostFormAsync(url, url, [new("Outcome", "Granted"), new("Amount", "12.000"), new("ShowInPublicList", "true")])).Content.ReadAsStringAsync());
        const string figures = "Der er 8.300 kr. tilbage i puljen for 2027; bevillingen på 12.000 kr. overskrider med 3.700 kr.";
        Assert.Contains("<a href=\"#OverrideBooking\">" + figures, beyond, StringComparison.Ordinal);
        Assert.Contains("id=\"OverrideBooking-error\">" + figures, beyond, StringComparison.Ordinal);
        Assert.Matches("id=\"ShowInPublicList\" name=\"ShowInPublicList\" value=\"true\"\\s+checked", beyond);

        var noReason = Html(await (await Client.PostFormAsync(url, url, [new("Outcome", "Granted"), new("Amount", "12.000"), new("OverrideBooking", "true")])).Content.ReadAsStringAsync());
        Assert.Contains("id=\"OverrideReason-error\">Skriv, hvorfor bevillingen går ud over det, der er tilbage i puljen.", noReason, StringComparison.Ordinal);
        Assert.Empty(await DecisionsAsync(second));

        var over = await Client.PostFormAsync(url, url,
            [new("Outcome", "Granted"), new("Amount", "12.000"), new("OverrideBooking", "true"), new("OverrideReason", "Kommunen har lovet at dække 3.700 kr. fra et andet budget.")]);
        Assert.Equal(HttpStatusCode.Redirect, over.StatusCode);
        Assert.Equal("Kommunen har lovet at dække 3.700 kr. fra et andet budget.", Assert.Single(await DecisionsAsync(second)).OverrideReason);
        var pool = Html(await Client.GetStringAsync("/admin/pool?year=2027"));
        Assert.Contains("id=\"pool-granted\">24.000 kr.", pool, StringComparison.Ordinal);
        Assert.Contains("id=\"pool-remaining\">-3.700 kr.", pool, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ledger_sums_recommended_granted_paid_repaid_and_lapsed_per_year_and_meeting_and_what_is_left_if_every_recommendation_is_approved()
    {
        await DecisionCases.PoolAsync(Site, 2033, 50_000);
        var march = await DecisionCases.MeetingAsync(Site, new DateOnly(2033, 3, 2));
        var june = await DecisionCases.MeetingAsync(Site, new DateOnly(2033, 6, 8));
        var a = await DecisionCases.ApplicationAsync(Site, 2033, "Kor for alle", 10_000);
        var b = await DecisionCases.ApplicationAsync(Site, 2033, "Madklub i Ulrikkenborg", 8_000);
        var c = await DecisionCases.ApplicationAsync(Site, 2033, "Fodbold for piger", 5_000);
        var d = await DecisionCases.ApplicationAsync(Site, 2033, "Strikkecafé", 4_000);
        await Client.LoginAsAdminAsync();
        foreach (var (id, recommended, meeting) in new[] { (a, "10.000", march), (b, "6.000", march), (c, "5.000", june), (d, "4.000", june) })
        {
            await DecisionCases.PutOnAgendaAsync(Site, id, meeting);
            var page = $"/admin/applications/{id}";
            Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync(page, page + "/recommendation", [new("Recommendation", "Sekretariatet indstiller til bevilling."), new("RecommendedAmount", recommended)])).StatusCode);
        }

        Assert.Contains(await AuditAsync(b), e => e.EventName == "Recommended" && e.Comment == "6.000 kr.");
        var tooMuch = Html(await (await Client.PostFormAsync($"/admin/applications/{d}", $"/admin/applications/{d}/recommendation", [new("Recommendation", "Fuld støtte."), new("RecommendedAmount", "9.000")])).Content.ReadAsStringAsync());
        Assert.Contains("id=\"RecommendedAmount-error\">Indstillingen kan ikke være mere end de ansøgte 4.000 kr.", tooMuch, StringComparison.Ordinal);
        Assert.Contains(">Fuld støtte.</textarea>", tooMuch, StringComparison.Ordinal);

        var before = Html(await Client.GetStringAsync("/admin/pool?year=2033"));
        Assert.Contains("id=\"pool-recommended\">25.000 kr.", before, StringComparison.Ordinal);
        // 50.000 kr. less the March agenda's 16.000 kr. recommended, and less June's 9.000 kr.
        Assert.Equal("34.000 kr.", IfApproved(before, march));
        Assert.Equal("41.000 kr.", IfApproved(before, june));

        await DecideAsync(a, [new("Outcome", "Granted")]);
        await DecideAsync(b, [new("Outcome", "PartlyGranted"), new("Amount", "6.000"), new("Criteria", "budget"), new("MainConsiderations", "Kun lokaleleje støttes."), new("FactsReliedOn", "Budgettet har 2.000 kr. til gaver.")]);
        await DecideAsync(c, [new("Outcome", "Granted")]);

        // Payments wait for the meeting's conclusion; then never more than granted.
        var cPage = Html(await Client.GetStringAsync($"/admin/applications/{c}"));
        Assert.Contains("Udbetalinger registreres, når mødet den 08.06.2033 er afsluttet og afgørelsen sendt.", cPage, StringComparison.Ordinal);
        await DecisionCases.ConcludeAsync(Site, march);
        Assert.Equal(HttpStatusCode.Redirect, (await PayAsync(a, "6.000")).StatusCode);
        var excess = Html(await (await PayAsync(b, "7.000")).Content.ReadAsStringAsync());
        Assert.Contains("id=\"PaymentAmount-error\">Der er kun 6.000 kr. af bevillingen på 6.000 kr. tilbage at udbetale eller lade bortfalde; 7.000 kr. er mere end det.", excess, StringComparison.Ordinal);
        Assert.Contains("value=\"7.000\"", excess, StringComparison.Ordinal);
        var lapse = await Client.PostFormAsync($"/admin/applications/{b}", $"/admin/applications/{b}/lapses", [new("LapseAmount", "2.000"), new("LapseReason", "Projektet blev mindre end planlagt.")]);
        Assert.Equal(HttpStatusCode.Redirect, lapse.StatusCode);
        var noReason = Html(await (await Client.PostFormAsync($"/admin/applications/{b}", $"/admin/applications/{b}/lapses", [new("LapseAmount", "1.000")])).Content.ReadAsStringAsync());
        Assert.Contains("id=\"LapseReason-error\">Skriv, hvorfor bevillingen bortfaldt, fx at projektet blev aflyst.", noReason, StringComparison.Ordinal);
        // The follow-up (the report on the project) writes repayments of unspent money.
        await RepayAsync(a, 2033, march, 1_000);

        var aPage = Html(await Client.GetStringAsync($"/admin/applications/{a}"));
        Assert.Contains("Bevilget 10.000 kr., udbetalt 6.000 kr., bortfaldet 0 kr., tilbagebetalt 1.000 kr.; tilbage at udbetale 4.000 kr.", aPage, StringComparison.Ordinal);

        var after = Html(await Client.GetStringAsync("/admin/pool?year=2033"));
        Assert.Contains("id=\"pool-indexed\">50.000 kr.", after, StringComparison.Ordinal);
        Assert.Contains("id=\"pool-recommended\">25.000 kr.", after, StringComparison.Ordinal);
        Assert.Contains("id=\"pool-granted\">21.000 kr.", after, StringComparison.Ordinal);
        Assert.Contains("id=\"pool-paid\">6.000 kr.", after, StringComparison.Ordinal);
        Assert.Contains("id=\"pool-repaid\">1.000 kr.", after, StringComparison.Ordinal);
        Assert.Contains("id=\"pool-lapsed\">2.000 kr.", after, StringComparison.Ordinal);
        // 50.000 − 21.000 + 1.000 + 2.000
        Assert.Contains("id=\"pool-remaining\">32.000 kr.", after, StringComparison.Ordinal);
        Assert.Equal(["02.03.2033 (afsluttet)", "2", "16.000 kr.", "16.000 kr.", "6.000 kr.", "1.000 kr.", "2.000 kr.", "–"], Cells(after, march));
        // June: c is granted; d's recommendation of 4.000 kr. is still open.
        Assert.Equal(["08.06.2033", "2", "9.000 kr.", "5.000 kr.", "0 kr.", "0 kr.", "0 kr.", "28.000 kr."], Cells(after, june));
    }

    [Fact]
    public async Task The_decision_changes_with_its_booking_until_the_meeting_is_concluded_and_not_after()
    {
        await DecisionCases.PoolAsync(Site, 2034, 30_000);
        var id = await DecisionCases.ApplicationAsync(Site, 2034, "Familieudflugt til Dyrehaven", 7_000);
        var meeting = await DecisionCases.MeetingAsync(Site, new DateOnly(2034, 3, 1));
        await DecisionCases.PutOnAgendaAsync(Site, id, meeting);
        await Client.LoginAsAdminAsync();
        var url = $"/admin/applications/{id}/decision";

        await DecideAsync(id, [new("Outcome", "Granted")]);
        Assert.Equal(7_000, Assert.Single(await BookingsAsync(id)).Amount);
        var form = Html(await Client.GetStringAsync(url));
        Assert.Matches("value=\"Granted\"\\s+checked", form);

        await DecideAsync(id, [new("Outcome", "PartlyGranted"), new("Amount", "5.000"), new("Criteria", "budget"), new("MainConsiderations", "Transporten er for dyr."), new("FactsReliedOn", "Bussen koster 2.000 kr.")]);
        var changed = Assert.Single(await DecisionsAsync(id));
        Assert.Equal(GrantDecisionOutcome.PartlyGranted, changed.Outcome);
        Assert.Equal(5_000, Assert.Single(await BookingsAsync(id)).Amount);
        Assert.Equal("Delvist bevilget 5.000 kr.", (await DecisionCases.AgendaItemAsync(Site, id)).OutcomeText);
        Assert.Contains(await AuditAsync(id), e => e.EventName == "DecisionChanged" && e.Comment == "Delvist bevilget 5.000 kr.");

        await DecideAsync(id, [new("Outcome", "Deferred"), new("FreeText", "Ansøgeren kommer med et nyt budget.")]);
        Assert.Equal(GrantDecisionOutcome.Deferred, Assert.Single(await DecisionsAsync(id)).Outcome);
        Assert.Empty(await BookingsAsync(id));
        Assert.Equal(AgendaItemOutcome.Deferred, (await DecisionCases.AgendaItemAsync(Site, id)).Outcome);

        await DecideAsync(id, [new("Outcome", "Granted")]);
        await DecisionCases.ConcludeAsync(Site, meeting);
        var closed = Html(await Client.GetStringAsync(url));
        Assert.Contains("Mødet den 01.03.2034 er afsluttet: afgørelserne er endelige og kan ikke længere ændres.", closed, StringComparison.Ordinal);
        Assert.Contains("Afgørelsen: Bevilget 7.000 kr.", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("Gem afgørelsen", closed, StringComparison.Ordinal);

        var token = HttpClientExtensions.ExtractAntiforgeryToken(Html(await Client.GetStringAsync($"/admin/applications/{id}")));
        var late = await Client.PostAsync(url, new FormUrlEncodedContent([new("Outcome", "Refused"), new("__RequestVerificationToken", token)]));
        Assert.Contains("Mødet den 01.03.2034 er afsluttet", Html(await late.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(GrantDecisionOutcome.Granted, Assert.Single(await DecisionsAsync(id)).Outcome);
        Assert.Equal(7_000, Assert.Single(await BookingsAsync(id)).Amount);
    }

    [Fact]
    public async Task An_application_on_no_agenda_cannot_be_decided_and_the_page_says_why()
    {
        var id = await DecisionCases.ApplicationAsync(Site, 2031, "Sommerlejr", 3_000);
        await Client.LoginAsAdminAsync();
        var page = Html(await Client.GetStringAsync($"/admin/applications/{id}/decision"));
        Assert.Contains("Ansøgningen er endnu ikke på et mødes dagsorden, så rådet kan ikke træffe afgørelse.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Gem afgørelsen", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/admin/applications/unknown0000000000000000000/decision")).StatusCode);
    }

    [Fact]
    public async Task The_years_entries_and_meetings_export_to_a_Danish_CSV_and_a_real_XLSX()
    {
        await DecisionCases.PoolAsync(Site, 2035, 40_000);
        var id = await DecisionCases.ApplicationAsync(Site, 2035, "Sprogcafé i Virum", 9_000);
        var meeting = await DecisionCases.MeetingAsync(Site, new DateOnly(2035, 3, 7));
        await DecisionCases.PutOnAgendaAsync(Site, id, meeting);
        await Client.LoginAsAdminAsync();
        await DecideAsync(id, [new("Outcome", "Granted")]);
        await DecisionCases.ConcludeAsync(Site, meeting);
        Assert.Equal(HttpStatusCode.Redirect, (await PayAsync(id, "4.500")).StatusCode);

        var entries = await CsvAsync("/admin/pool/export?year=2035&table=entries&format=Csv");
        Assert.Equal("Dato;Bevægelse;Referencenummer;Projekt;Organisation;Møde;Beløb;Note;Af", entries[0]);
        Assert.Equal("10.01.2027;Bevilget;;Sprogcafé i Virum;Foreningen Fællesskab;07.03.2035;9.000,00;Mødet den 07.03.2035;admin", entries[1]);
        Assert.Equal("10.01.2027;Udbetalt;;Sprogcafé i Virum;Foreningen Fællesskab;07.03.2035;4.500,00;;admin", entries[2]);
        Assert.Equal(3, entries.Length);

        var meetings = await CsvAsync("/admin/pool/export?year=2035&table=meetings&format=Csv");
        Assert.Equal("Møde;Afsluttet;Punkter;Indstillet;Bevilget;Udbetalt;Tilbagebetalt;Bortfaldet;Tilbage, hvis alle indstillinger på dagsordenen godkendes", meetings[0]);
        Assert.Equal("07.03.2035;Ja;1;0,00;9.000,00;4.500,00;0,00;0,00;", meetings[1]);

        var xlsx = await Client.GetAsync("/admin/pool/export?year=2035&table=entries&format=Xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        using var workbook = new ZipArchive(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        using var reader = new StreamReader(workbook.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var sheet = await reader.ReadToEndAsync();
        Assert.Contains("Sprogcafé i Virum", sheet, StringComparison.Ordinal);
        Assert.Contains("4500", sheet, StringComparison.Ordinal);
        Assert.Contains(await AuditAsync("2035"), e => e.EventName == "Exported" && e.Comment == "Xlsx: entries");
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/admin/pool/export?year=2035&table=everything&format=Csv")).StatusCode);
    }

    [Fact]
    public async Task The_public_list_shows_the_marked_grants_of_concluded_meetings_and_never_a_private_persons_name()
    {
        await DecisionCases.PoolAsync(Site, 2036, 60_000);
        var concluded = await DecisionCases.MeetingAsync(Site, new DateOnly(2036, 3, 5));
        var coming = await DecisionCases.MeetingAsync(Site, new DateOnly(2036, 6, 4));
        var choir = await DecisionCases.ApplicationAsync(Site, 2036, "Kor for alle i Lyngby", 4_000, organisation: "Lyngby Sangforening");
        var sewing = await DecisionCases.ApplicationAsync(Site, 2036, "Syklub i opgangen", 2_000, organisation: "", kind: "private-person", name: "Fatima Rahimi");
        var unmarked = await DecisionCases.ApplicationAsync(Site, 2036, "Intern workshop", 1_000, organisation: "Netværket");
        var refused = await DecisionCases.ApplicationAsync(Site, 2036, "Privat fødselsdag", 1_500, organisation: "Familien");
        var later = await DecisionCases.ApplicationAsync(Site, 2036, "Høstfest", 3_000, organisation: "Beboerforeningen");
        foreach (var id in new[] { choir, sewing, unmarked, refused })
        {
            await DecisionCases.PutOnAgendaAsync(Site, id, concluded);
        }

        await DecisionCases.PutOnAgendaAsync(Site, later, coming);
        await Client.LoginAsAdminAsync();
        await DecideAsync(choir, [new("Outcome", "Granted"), new("ShowInPublicList", "true")]);
        await DecideAsync(sewing, [new("Outcome", "Granted"), new("ShowInPublicList", "true")]);
        await DecideAsync(unmarked, [new("Outcome", "Granted")]);
        await DecideAsync(refused, [new("Outcome", "Refused"), new("Criteria", "community"), new("MainConsiderations", "Kun for familien."), new("FactsReliedOn", "En fødselsdag."), new("ShowInPublicList", "true")]);
        await DecideAsync(later, [new("Outcome", "Granted"), new("ShowInPublicList", "true")]);

        using var visitor = Site.CreateClient();
        Assert.Contains("id=\"funded-none\"", Html(await visitor.GetStringAsync("/stoettede-projekter/2036")), StringComparison.Ordinal);
        await DecisionCases.ConcludeAsync(Site, concluded);

        var danish = Html(await visitor.GetStringAsync("/stoettede-projekter/2036"));
        Assert.Contains("<h1>Støttede projekter 2036</h1>", danish, StringComparison.Ordinal);
        Assert.Contains("<td>05.03.2036</td><td>Lyngby Sangforening</td><td>Kor for alle i Lyngby</td><td>4.000 kr.</td>", danish, StringComparison.Ordinal);
        Assert.Contains("<td>05.03.2036</td><td>Privatperson</td><td>Syklub i opgangen</td><td>2.000 kr.</td>", danish, StringComparison.Ordinal);
        Assert.Contains("id=\"funded-total\">6.000 kr.", danish, StringComparison.Ordinal);
        foreach (var hidden in new[] { "Fatima Rahimi", "Intern workshop", "Privat fødselsdag", "Høstfest" })
        {
            Assert.DoesNotContain(hidden, danish, StringComparison.Ordinal);
        }

        var english = Html(await visitor.GetStringAsync("/en/funded-projects/2036"));
        Assert.Contains("<html lang=\"en\"", english, StringComparison.Ordinal);
        Assert.Contains("<h1>Funded projects 2036</h1>", english, StringComparison.Ordinal);
        Assert.Contains("<td>Private person</td><td>Syklub i opgangen</td>", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Fatima Rahimi", english, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/stoettede-projekter/1999")).StatusCode);

        // The grant page links to the list in both languages.
        Assert.Contains("href=\"/stoettede-projekter\"", await visitor.GetStringAsync("/tilskud"), StringComparison.Ordinal);
        Assert.Contains("href=\"/en/funded-projects\"", await visitor.GetStringAsync("/en/grants"), StringComparison.Ordinal);
    }

    /// <summary>Opens the decision form and saves it with these fields, on the version of the decision the form was opened on.</summary>
    private async Task DecideAsync(string id, KeyValuePair<string, string>[] fields)
    {
        var url = $"/admin/applications/{id}/decision";
        var form = await Client.GetStringAsync(url);
        var version = Regex.Match(form, "name=\"Version\" value=\"([0-9a-f]*)\"").Groups[1].Value;
        var response = await Client.PostAsync(url, new FormUrlEncodedContent(
            fields.Append(new("Version", version)).Append(new("__RequestVerificationToken", HttpClientExtensions.ExtractAntiforgeryToken(form)))));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, Html(await response.Content.ReadAsStringAsync()));
    }

    private Task<HttpResponseMessage> PayAsync(string id, string amount) =>
        Client.PostFormAsync($"/admin/applications/{id}", $"/admin/applications/{id}/payments", [new("PaymentAmount", amount), new("PaymentDate", "10.01.2027")]);

    private async Task<string[]> CsvAsync(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    private Task<bool> RepayAsync(string id, int year, long meetingId, decimal amount) => Site.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<LtkDbContext>();
        db.Set<GrantLedgerEntry>().Add(new GrantLedgerEntry { PoolYear = year, ContentItemId = id, MeetingId = meetingId, Kind = GrantLedgerEntryKind.Repaid, Amount = amount, Note = "Ubrugte midler", UserName = "admin", RecordedUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return true;
    });

    private Task<List<GrantDecision>> DecisionsAsync(string id) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<GrantDecision>().AsNoTracking().Where(d => d.ContentItemId == id).ToListAsync());

    private Task<List<GrantLedgerEntry>> BookingsAsync(string id) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<GrantLedgerEntry>().AsNoTracking().Where(e => e.ContentItemId == id && e.Kind == GrantLedgerEntryKind.Granted).ToListAsync());

    private Task<List<AuditTrailEvent>> AuditAsync(string objectId) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<AuditTrailEvent>().AsNoTracking().Where(e => e.ObjectId == objectId).ToListAsync());

    private static string IfApproved(string html, long meetingId) => Cells(html, meetingId)[^1];

    /// <summary>The cells of a meeting's row in the pool page's per-meeting table, as text.</summary>
    private static string[] Cells(string html, long meetingId)
    {
        var row = Regex.Match(html, $"<tr id=\"pool-meeting-{meetingId}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        return [.. CellPattern().Matches(row).Select(m => Regex.Replace(m.Groups[1].Value, "<[^>]+>", "").Trim())];
    }

    private static string Html(string html) => WebUtility.HtmlDecode(html);

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();
}
