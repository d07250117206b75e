using System.Net;
using System.Text.RegularExpressions;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Core.Settings;
using Council.Grants.Data;
using Council.Grants.Models;
using Council.Grants.Services;
using Council.Meetings.Schedule;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Grants;

public sealed class GrantsAdminTests_Sqlite(SqliteGrantSiteFixture fixture) : GrantsAdminTests<SqliteGrantSiteFixture>(fixture), IClassFixture<SqliteGrantSiteFixture>;

public sealed class GrantsAdminTests_Postgres(PostgresGrantSiteFixture fixture) : GrantsAdminTests<PostgresGrantSiteFixture>(fixture), IClassFixture<PostgresGrantSiteFixture>;

/// <summary>
/// The grant application type from the setup recipe, its budget editor, the pool ledger and the meeting schedule's
/// settings, on a site whose clock stands at 10.01.2027.
/// </summary>
public abstract partial class GrantsAdminTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : GrantSiteFixture
{
    [Fact]
    public async Task The_grant_application_type_exists_after_setup_with_its_form_settings()
    {
        var definition = await Site.WithScopeAsync(s => s.GetRequiredService<ContentDefinitionManager>().GetAsync());
        var type = definition.FindType("GrantApplication")!;

        var form = type.Settings["FormSettings"]!;
        Assert.Equal("ansoeg-om-stoette", form["Path"]!.GetValue<string>());
        Assert.Equal("apply-for-a-grant", form["PathEn"]!.GetValue<string>());
        Assert.Equal("LTK", form["ReferencePrefix"]!.GetValue<string>());
        Assert.Equal(["Ansøger", "Projektet", "Tid og budget", "Bilag"], form["Steps"]!.AsArray().Select(s => s!["Title"]!.GetValue<string>()));

        Assert.Equal(["GrantApplication", "GrantBudgetPart", "GrantApplicationPart"], type.OrderedParts.Select(p => p.Name));
        var budget = type.FindPart("GrantBudgetPart")!.Settings["FormElementSettings"]!;
        Assert.True(budget["OnForm"]!.GetValue<bool>());
        Assert.Equal("timeline-budget", budget["Step"]!.GetValue<string>());
        // The secretariat's status is never on the public form.
        Assert.Null(type.FindPart("GrantApplicationPart")!.Settings["FormElementSettings"]);

        var name = definition.FindPart("GrantApplication")!.FindField("ApplicantName")!;
        Assert.Equal("Navn", name.DisplayName);
        Assert.Equal("applicant", name.Settings["FormElementSettings"]!["Step"]!.GetValue<string>());
        Assert.Equal("Name", name.Settings["FormElementSettings"]!["LabelEn"]!.GetValue<string>());
        Assert.Equal(
            ["association", "private-person", "private-company", "public-institution", "other"],
            definition.FindPart("GrantApplication")!.FindField("ApplicantKind")!.Settings["ChoiceFieldSettings"]!["Options"]!.AsArray().Select(o => o!["Value"]!.GetValue<string>()));

        // The secretariat registers a paper application in the admin with the same type.
        await Client.LoginAsAdminAsync();
        var editor = WebUtility.HtmlDecode(await Client.GetStringAsync("/admin/content/new/GrantApplication"));
        foreach (var text in new[] { "Hvem søger?", "Forening", "Offentlig institution", "CVR-nummer", "Budgetlinjer", "Ansøgt beløb (kr.)", "Anden finansiering", "Screening", "Modtaget" })
        {
            Assert.Contains(text, editor, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_citizen_opens_the_grant_application_form_of_the_setup_recipe_in_Danish_and_in_English()
    {
        using var citizen = Site.CreateClient();
        var danish = await citizen.GetAsync("/ansoeg-om-stoette");
        Assert.Equal(HttpStatusCode.OK, danish.StatusCode);
        var page = WebUtility.HtmlDecode(await danish.Content.ReadAsStringAsync());
        Assert.Contains("Trin 1 af 5", page, StringComparison.Ordinal);
        Assert.Contains("Ansøger", page, StringComparison.Ordinal);
        Assert.Contains("Hvem søger?", page, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", page, StringComparison.Ordinal);

        var english = WebUtility.HtmlDecode(await citizen.GetStringAsync("/en/apply-for-a-grant"));
        Assert.Contains("Step 1 of 5", english, StringComparison.Ordinal);
        Assert.Contains("Applicant", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pool_page_shows_the_years_figures_and_the_grant_page_shows_what_is_left_once_ticked()
    {
        await Client.LoginAsAdminAsync();
        using var visitor = Site.CreateClient();
        var before = Figures(await Client.GetStringAsync("/admin/pool?year=2027"));
        Assert.Equal("59.800 kr.", before.Indexed);
        var grantPage = WebUtility.HtmlDecode(await visitor.GetStringAsync("/tilskud"));
        Assert.DoesNotContain("tilbage i puljen", grantPage, StringComparison.Ordinal);

        await GrantApplications.CreateAsync(Site, "Fælles madklub", "association", 10_000, [6_000, 6_000]);
        var school = await GrantApplications.CreateAsync(Site, "Lektiecafé på skolen", "public-institution", 5_500, [8_000]);

        var after = Figures(await Client.GetStringAsync("/admin/pool?year=2027"));
        Assert.Equal(before.Count + 2, after.Count);
        Assert.Equal(Kroner(before.Applied) + 15_500, Kroner(after.Applied));
        Assert.Equal("0 kr.", after.Granted);
        Assert.Equal("59.800 kr.", after.Remaining);

        // The index holds what the list will filter on: the public institution is accepted and flagged.
        var row = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<GrantApplicationIndex>().AsNoTracking().SingleAsync(i => i.ContentItemId == school));
        Assert.Equal(GrantApplicationStatus.Received, row.Status);
        Assert.Equal("public-institution", row.ApplicantKind);
        Assert.True(row.LowerPriority);
        Assert.Equal(5_500, row.AmountAppliedFor);
        Assert.Equal(8_000, row.TotalBudget);
        Assert.Equal(2027, row.PoolYear);
        Assert.Equal(new DateOnly(2027, 3, 4), row.ExpectedMeetingDate);

        // A mistake comes back at its field with what was typed.
        var wrong = await Client.PostFormAsync("/admin/pool?year=2027", "/admin/pool/2027",
            [new("Amount", "mange penge"), new("PriceLevelYear", "2015"), new("IndexFactor", "1,2"), new("ShowRemainingOnPage", "true")]);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var errorPage = WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync());
        Assert.Contains("<a href=\"#Amount\">Skriv puljens beløb i kroner, fx 59.800.</a>", errorPage, StringComparison.Ordinal);
        Assert.Contains("id=\"Amount-error\">Skriv puljens beløb i kroner, fx 59.800.", errorPage, StringComparison.Ordinal);
        Assert.Contains("value=\"mange penge\"", errorPage, StringComparison.Ordinal);
        Assert.Contains("value=\"1,2\"", errorPage, StringComparison.Ordinal);

        var saved = await Client.PostFormAsync("/admin/pool?year=2027", "/admin/pool/2027",
            [new("Amount", "59.800"), new("PriceLevelYear", "2015"), new("IndexFactor", "1,2"), new("ShowRemainingOnPage", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var ledger = WebUtility.HtmlDecode(await Client.GetStringAsync(saved.Headers.Location!.OriginalString));
        Assert.Contains("Puljen for 2027 er gemt.", ledger, StringComparison.Ordinal);
        Assert.Equal("71.760 kr.", Figures(ledger).Indexed);
        Assert.Equal("71.760 kr.", Figures(ledger).Remaining);

        // The cached grant page follows the tick at once, in both languages.
        Assert.Contains("Der er 71.760 kr. tilbage i puljen for 2027.", WebUtility.HtmlDecode(await visitor.GetStringAsync("/tilskud")), StringComparison.Ordinal);
        Assert.Contains("There is 71.760 kr. left in the pool for 2027.", WebUtility.HtmlDecode(await visitor.GetStringAsync("/en/grants")), StringComparison.Ordinal);

        // The secretariat's dashboard has the year's figures.
        var dashboard = WebUtility.HtmlDecode(await Client.GetStringAsync("/admin"));
        Assert.Contains("Puljen 2027", dashboard, StringComparison.Ordinal);
        Assert.Contains("Restbeløb: 71.760 kr. af 71.760 kr.", dashboard, StringComparison.Ordinal);

        var untick = await Client.PostFormAsync("/admin/pool?year=2027", "/admin/pool/2027",
            [new("Amount", "59.800"), new("PriceLevelYear", "2015"), new("IndexFactor", "1,2")]);
        Assert.Equal(HttpStatusCode.Redirect, untick.StatusCode);
        Assert.DoesNotContain("tilbage i puljen", WebUtility.HtmlDecode(await visitor.GetStringAsync("/tilskud")), StringComparison.Ordinal);
        Assert.Contains("Puljen 2027", WebUtility.HtmlDecode(await Client.GetStringAsync("/admin/audit?category=GrantPool")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_meeting_schedule_settings_refuse_a_word_for_the_days_at_the_field_and_keep_what_was_typed()
    {
        await Client.LoginAsAdminAsync();
        const string url = "/admin/settings/MeetingScheduleSettings";
        var page = WebUtility.HtmlDecode(await Client.GetStringAsync(url));
        Assert.Contains("Mødeplan", page, StringComparison.Ordinal);
        Assert.Contains("id=\"ItemDeadlineDays\" name=\"ItemDeadlineDays\" value=\"14\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"AgendaDeadlineDays\" name=\"AgendaDeadlineDays\" value=\"7\"", page, StringComparison.Ordinal);

        var bad = WebUtility.HtmlDecode(await (await Client.PostFormAsync(url, url,
            [new("ItemDeadlineDays", "fjorten"), new("AgendaDeadlineDays", "120")])).Content.ReadAsStringAsync());
        Assert.Contains("<a href=\"#ItemDeadlineDays\">Skriv fristen som et antal dage fra 0 til 90, fx 14.</a>", bad, StringComparison.Ordinal);
        Assert.Contains("id=\"ItemDeadlineDays-error\">Skriv fristen som et antal dage fra 0 til 90, fx 14.", bad, StringComparison.Ordinal);
        Assert.Contains("id=\"AgendaDeadlineDays-error\">Skriv fristen for dagsordenen som et antal dage fra 0 til 90, fx 7.", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"fjorten\"", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"120\"", bad, StringComparison.Ordinal);

        var saved = await Client.PostFormAsync(url, url, [new("ItemDeadlineDays", "21"), new("AgendaDeadlineDays", "10")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var settings = await Site.WithScopeAsync(s => s.GetRequiredService<SiteSettingsService>().GetSectionAsync<MeetingScheduleSettings>());
        Assert.Equal((21, 10), (settings.ItemDeadlineDays, settings.AgendaDeadlineDays));

        // The days are where a newly planned meeting's deadlines start; the planned meetings keep theirs, so an
        // application submitted now is still expected at the first one.
        var application = await GrantApplications.CreateAsync(Site, "Sommerfest", "association", 1_000, [1_000]);
        var part = await Site.WithScopeAsync(async s => (await s.GetRequiredService<ContentManager>().GetAsync(application, VersionOptions.Latest))!.As<GrantApplicationPart>());
        Assert.Equal(new DateOnly(2027, 3, 4), part.ExpectedMeetingDate);

        var restored = await Client.PostFormAsync(url, url, [new("ItemDeadlineDays", "14"), new("AgendaDeadlineDays", "7")]);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
    }

    [Fact]
    public async Task The_budget_editor_totals_the_lines_refuses_asking_for_more_than_the_total_and_adds_and_removes_lines()
    {
        await Client.LoginAsAdminAsync();
        const string url = "/admin/content/new/GrantApplication";
        KeyValuePair<string, string>[] Application(string applied, string cvr, params (string Item, string Amount)[] lines) =>
        [
            new("GrantApplication.ApplicantKind.Values", "association"),
            new("GrantApplication.ApplicantName.Text", "Amina Hassan"),
            new("GrantApplication.Cvr.Text", cvr),
            new("GrantApplication.Address.Text", "Lyngby Hovedgade 1, 2800 Kongens Lyngby"),
            new("GrantApplication.Email.Email", "amina@example.org"),
            new("GrantApplication.PreferredLanguage.Values", "da"),
            new("GrantApplication.ProjectTitle.Text", "Kulturaften i Lundtofteparken"),
            new("GrantApplication.Description.Text", "En aften med mad og musik fra hele verden."),
            new("GrantApplication.TargetGroup.Text", "Beboerne i Lundtofteparken"),
            new("GrantApplication.Beneficiaries.Value", "120"),
            new("GrantApplication.ProjectLeader.Text", "Amina Hassan"),
            new("GrantApplication.CommunityOrientation.Text", "Naboer mødes om maden."),
            new("GrantApplication.StartDate.Value", "01.03.2027"),
            new("GrantApplicationPart.Status", "Received"),
            new("GrantBudgetPart.AmountAppliedFor", applied),
            .. lines.SelectMany((l, i) => new KeyValuePair<string, string>[] { new($"GrantBudgetPart.BudgetLines[{i}].Item", l.Item), new($"GrantBudgetPart.BudgetLines[{i}].Amount", l.Amount) }),
        ];

        var tooMuch = WebUtility.HtmlDecode(await (await Client.PostFormAsync(url, url, Application("12.000", "1234", ("Leje af fælleshus", "6.000"), ("Mad", "4000"), ("", "")))).Content.ReadAsStringAsync());
        const string message = "Det ansøgte beløb (12.000 kr.) er større end projektets samlede budget (10.000 kr.). Søg højst om hele budgettet, eller tilføj de budgetlinjer, der mangler.";
        Assert.Contains($"<a href=\"#GrantBudgetPart.AmountAppliedFor\">{message}</a>", tooMuch, StringComparison.Ordinal);
        Assert.Contains($"id=\"GrantBudgetPart.AmountAppliedFor-error\">{message}", tooMuch, StringComparison.Ordinal);
        Assert.Contains("id=\"GrantApplication.Cvr.Text-error\">Et CVR-nummer har 8 cifre", tooMuch, StringComparison.Ordinal);
        Assert.Contains("value=\"Leje af fælleshus\"", tooMuch, StringComparison.Ordinal);
        Assert.Contains("value=\"12.000\"", tooMuch, StringComparison.Ordinal);
        Assert.Contains("Samlet budget: 10.000 kr.", tooMuch, StringComparison.Ordinal);

        // Adding a line shows the form again as typed, with one more empty line, and saves nothing.
        var added = WebUtility.HtmlDecode(await (await Client.PostFormAsync(url, url,
            [.. Application("12.000", "", ("Leje af fælleshus", "6.000"), ("Mad", "4000"), ("", "")), new("EditorRefresh", "GrantBudgetPart.AddBudgetLine.Page=1")])).Content.ReadAsStringAsync());
        Assert.Contains("name=\"GrantBudgetPart.BudgetLines[3].Item\"", added, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"GrantBudgetPart.BudgetLines[4].Item\"", added, StringComparison.Ordinal);
        Assert.DoesNotContain("error-summary", added, StringComparison.Ordinal);

        // Removing the first line moves the second up.
        var removed = WebUtility.HtmlDecode(await (await Client.PostFormAsync(url, url,
            [.. Application("12.000", "", ("Leje af fælleshus", "6.000"), ("Mad", "4000"), ("", "")), new("EditorRefresh", "GrantBudgetPart.RemoveBudgetLine.Page=1")])).Content.ReadAsStringAsync());
        Assert.Matches("name=\"GrantBudgetPart.BudgetLines\\[0\\].Item\" value=\"Mad\"", removed);
        Assert.DoesNotContain("Leje af fælleshus", removed, StringComparison.Ordinal);

        var created = await Client.PostFormAsync(url, url, Application("8.000", "12345678", ("Leje af fælleshus", "6.000"), ("Mad", "4000"), ("", "")));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.Headers.Location!.OriginalString.Split('/')[3];
        var item = await Site.WithScopeAsync(async s => (await s.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest))!);
        var budget = item.As<GrantBudgetPart>();
        Assert.Equal(10_000, budget.Total);
        Assert.Equal(8_000, budget.AmountAppliedFor);
        Assert.Equal(["Leje af fælleshus", "Mad"], budget.BudgetLines.Select(l => l.Item));
        Assert.Equal("Kulturaften i Lundtofteparken", item.DisplayText);

        // The project starts before the meeting that is expected to treat it: a warning for the secretariat, not an error.
        var application = item.As<GrantApplicationPart>();
        Assert.True(application.StartsBeforeMeeting);
        var edit = WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/content/{id}/edit"));
        Assert.Contains("Projektet starter den 01.03.2027, før Integrationsrådets møde den 04.03.2027, hvor ansøgningen forventes behandlet.", edit, StringComparison.Ordinal);
        Assert.Contains("Samlet budget: 10.000 kr.", edit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_applicant_reads_the_status_and_the_expected_meeting_in_their_language()
    {
        var (da, en, agenda, all) = await Site.WithScopeAsync(async s =>
        {
            var texts = s.GetRequiredService<GrantStatusTexts>();
            var da = await texts.ExpectedMeetingAsync(GrantSiteFixture.Now, "da-DK", CancellationToken.None);
            var en = await texts.ExpectedMeetingAsync(GrantSiteFixture.Now, "en", CancellationToken.None);
            var agenda = texts.ForApplicant(new GrantApplicationPart { Status = GrantApplicationStatus.OnAgenda, AgendaMeetingDate = new DateOnly(2027, 6, 10) }, "da-DK");
            var all = Enum.GetValues<GrantApplicationStatus>()
                .Select(status => (texts.ForApplicant(status, null, "da-DK"), texts.ForApplicant(status, null, "en")))
                .ToList();
            return (da, en, agenda, all);
        });

        Assert.Equal("Ansøgningen forventes behandlet på mødet den 4. marts 2027. Du får besked lige efter mødet.", da);
        Assert.Equal("The application is expected to be treated at the meeting on 4 March 2027. You will hear from us right after the meeting.", en);
        Assert.Equal("Din ansøgning er på dagsordenen for Integrationsrådets møde den 10. juni 2027.", agenda.Status);
        Assert.Null(agenda.Meeting);
        // Every status has its own sentence in each language.
        Assert.Equal(all.Count, all.Select(t => t.Item1).Distinct().Count());
        Assert.All(all, t => Assert.NotEqual(t.Item1, t.Item2));
    }

    private static (string Indexed, string Applied, int Count, string Granted, string Remaining) Figures(string html)
    {
        html = WebUtility.HtmlDecode(html);
        string Cell(string id) => Regex.Match(html, $"id=\"{id}\">([^<]*)<").Groups[1].Value;
        var count = int.Parse(CountPattern().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return (Cell("pool-indexed"), Cell("pool-applied"), count, Cell("pool-granted"), Cell("pool-remaining"));
    }

    private static decimal Kroner(string text) => decimal.Parse(text.Replace(" kr.", "", StringComparison.Ordinal), System.Globalization.NumberStyles.Number, Cms.Core.Localization.DanishCulture.Culture);

    [GeneratedRegex(@"Ansøgt \((\d+) ansøgninger\)")]
    private static partial Regex CountPattern();
}
