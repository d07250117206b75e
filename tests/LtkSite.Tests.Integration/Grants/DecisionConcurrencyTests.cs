using System.Net;
using System.Text.RegularExpressions;
using Cms.Core.Data;
using Council.Grants.Data;
using Council.Grants.Models;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Grants;

public sealed class DecisionConcurrencyTests_Sqlite(SqliteGrantSiteFixture fixture) : DecisionConcurrencyTests<SqliteGrantSiteFixture>(fixture), IClassFixture<SqliteGrantSiteFixture>;

public sealed class DecisionConcurrencyTests_Postgres(PostgresGrantSiteFixture fixture) : DecisionConcurrencyTests<PostgresGrantSiteFixture>(fixture), IClassFixture<PostgresGrantSiteFixture>;

/// <summary>
/// Two secretaries on the decision forms at once: two grants saved at the same moment on the same year's pool cannot
/// both pass the check of what is left, and a form opened on an older version of a decision does not overwrite the one
/// saved meanwhile. The loser gets the form back with everything typed and the figures as they are now.
/// </summary>
public abstract partial class DecisionConcurrencyTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : GrantSiteFixture
{
    [Fact]
    public async Task Two_grants_saved_at_once_on_a_pool_with_room_for_one_book_one_and_the_other_gets_its_form_back_with_the_new_figure()
    {
        await DecisionCases.PoolAsync(Site, 2041, 20_000);
        var meeting = await DecisionCases.MeetingAsync(Site, new DateOnly(2041, 3, 6));
        var first = await DecisionCases.ApplicationAsync(Site, 2041, "Sprogcafé i Virum", 12_000);
        var second = await DecisionCases.ApplicationAsync(Site, 2041, "Fællesspisning i Lundtofte", 12_000);
        await DecisionCases.PutOnAgendaAsync(Site, first, meeting);
        await DecisionCases.PutOnAgendaAsync(Site, second, meeting);
        using var other = Site.CreateClient();
        await Client.LoginAsAdminAsync();
        await other.LoginAsAdminAsync();

        // Both forms are opened while 20.000 kr. is left, then saved at the same moment.
        var forms = await Task.WhenAll(OpenAsync(Client, first), OpenAsync(other, second));
        Assert.All(forms, f => Assert.Contains("id=\"decision-remaining\">20.000 kr.", Html(f.Html), StringComparison.Ordinal));
        var responses = await Task.WhenAll(
            SaveAsync(Client, first, forms[0], [new("Outcome", "Granted"), new("Conditions", "Kun til lokaleleje.")]),
            SaveAsync(other, second, forms[1], [new("Outcome", "Granted"), new("Conditions", "Kun til mad og lokaler.")]));

        var won = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var lost = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        var loser = lost == responses[0] ? first : second;
        var loserClient = lost == responses[0] ? Client : other;
        var page = Html(await lost.Content.ReadAsStringAsync());
        const string figures = "Siden du åbnede formularen, er der bevilget andet af puljen for 2041: nu er der 8.000 kr. tilbage, og bevillingen på 12.000 kr. overskrider med 4.000 kr.";
        Assert.Contains("<a href=\"#OverrideBooking\">" + figures, page, StringComparison.Ordinal);
        Assert.Contains("id=\"decision-remaining\">8.000 kr.", page, StringComparison.Ordinal);
        Assert.Matches("value=\"Granted\"\\s+checked", page);
        Assert.Contains(loser == first ? ">Kun til lokaleleje.</textarea>" : ">Kun til mad og lokaler.</textarea>", page, StringComparison.Ordinal);
        Assert.Equal(12_000m, Assert.Single(await GrantedAsync(2041)));
        Assert.Empty(await DecisionsAsync(loser));

        // The loser may still grant beyond the pool, with a reason, from the form it got back.
        var again = await SaveAsync(loserClient, loser, Form(page), [
            new("Outcome", "Granted"), new("OverrideBooking", "true"), new("OverrideReason", "Kommunen dækker de 4.000 kr. fra et andet budget.")]);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.All(await GrantedAsync(2041), amount => Assert.Equal(12_000m, amount));
        Assert.Equal(2, (await GrantedAsync(2041)).Count);
        Assert.Equal("Kommunen dækker de 4.000 kr. fra et andet budget.", Assert.Single(await DecisionsAsync(loser)).OverrideReason);
    }

    [Fact]
    public async Task A_form_opened_before_someone_else_saved_the_decision_is_refused_with_what_they_saved_and_nothing_typed_is_lost()
    {
        await DecisionCases.PoolAsync(Site, 2042, 50_000);
        var meeting = await DecisionCases.MeetingAsync(Site, new DateOnly(2042, 3, 5));
        var id = await DecisionCases.ApplicationAsync(Site, 2042, "Lektiehjælp på biblioteket", 9_000);
        await DecisionCases.PutOnAgendaAsync(Site, id, meeting);
        using var other = Site.CreateClient();
        await Client.LoginAsAdminAsync();
        await other.LoginAsAdminAsync();

        var stale = await OpenAsync(other, id);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(Client, id, await OpenAsync(Client, id), [new("Outcome", "Granted")])).StatusCode);

        KeyValuePair<string, string>[] refusal =
        [
            new("Outcome", "Refused"), new("Criteria", "community"), new("MainConsiderations", "Projektet er for en lukket kreds."),
            new("FactsReliedOn", "Ansøgningen nævner kun medlemmernes egne børn."),
        ];
        var refused = await SaveAsync(other, id, stale, refusal);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = Html(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Siden du åbnede formularen, har admin gemt denne afgørelse på ansøgningen: »Bevilget 9.000 kr.«. Din formular står herunder", page, StringComparison.Ordinal);
        Assert.Matches("value=\"Refused\"\\s+checked", page);
        Assert.Matches("value=\"community\"\\s+checked", page);
        Assert.Contains(">Projektet er for en lukket kreds.</textarea>", page, StringComparison.Ordinal);
        Assert.Contains(">Ansøgningen nævner kun medlemmernes egne børn.</textarea>", page, StringComparison.Ordinal);
        Assert.Equal(GrantDecisionOutcome.Granted, Assert.Single(await DecisionsAsync(id)).Outcome);

        // Saved again from the form it got back (now on the current version), the refusal replaces the grant.
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(other, id, Form(page), refusal)).StatusCode);
        Assert.Equal(GrantDecisionOutcome.Refused, Assert.Single(await DecisionsAsync(id)).Outcome);
        Assert.Empty(await GrantedAsync(2042));
    }

    [Fact]
    public async Task Two_first_decisions_saved_at_once_on_one_application_keep_one_and_refuse_the_other()
    {
        await DecisionCases.PoolAsync(Site, 2043, 50_000);
        var meeting = await DecisionCases.MeetingAsync(Site, new DateOnly(2043, 3, 4));
        var id = await DecisionCases.ApplicationAsync(Site, 2043, "Kvindecykling i Dyrehaven", 6_000);
        await DecisionCases.PutOnAgendaAsync(Site, id, meeting);
        using var other = Site.CreateClient();
        await Client.LoginAsAdminAsync();
        await other.LoginAsAdminAsync();

        var forms = await Task.WhenAll(OpenAsync(Client, id), OpenAsync(other, id));
        var responses = await Task.WhenAll(
            SaveAsync(Client, id, forms[0], [new("Outcome", "Granted")]),
            SaveAsync(other, id, forms[1], [new("Outcome", "Deferred"), new("FreeText", "Ansøgeren sender et nyt budget.")]));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var lost = Html(await Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK).Content.ReadAsStringAsync());
        Assert.Contains("Siden du åbnede formularen, har admin gemt denne afgørelse på ansøgningen", lost, StringComparison.Ordinal);
        var decision = Assert.Single(await DecisionsAsync(id));
        if (decision.Outcome == GrantDecisionOutcome.Granted)
        {
            Assert.Equal(6_000m, Assert.Single(await GrantedAsync(2043)));
        }
        else
        {
            Assert.Empty(await GrantedAsync(2043));
        }
    }

    private sealed record OpenForm(string Html);

    private static OpenForm Form(string html) => new(html);

    private static async Task<OpenForm> OpenAsync(HttpClient client, string id) =>
        new(await client.GetStringAsync($"/admin/applications/{id}/decision"));

    /// <summary>Posts the form as a browser would: the typed fields and the form's own hidden fields (its version, the figure it showed, the token).</summary>
    private static Task<HttpResponseMessage> SaveAsync(HttpClient client, string id, OpenForm form, KeyValuePair<string, string>[] fields)
    {
        var hidden = HiddenPattern().Matches(form.Html).Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)));
        var token = new KeyValuePair<string, string>("__RequestVerificationToken", HttpClientExtensions.ExtractAntiforgeryToken(form.Html));
        return client.PostAsync($"/admin/applications/{id}/decision", new FormUrlEncodedContent(fields.Concat(hidden).Append(token)));
    }

    private Task<List<decimal>> GrantedAsync(int year) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<GrantLedgerEntry>().AsNoTracking()
            .Where(e => e.PoolYear == year && e.Kind == GrantLedgerEntryKind.Granted).Select(e => e.Amount).ToListAsync());

    private Task<List<GrantDecision>> DecisionsAsync(string id) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<GrantDecision>().AsNoTracking().Where(d => d.ContentItemId == id).ToListAsync());

    private static string Html(string html) => WebUtility.HtmlDecode(html);

    [GeneratedRegex("<input type=\"hidden\" name=\"(Version|Remaining)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenPattern();
}
