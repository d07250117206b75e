using System.Net;
using System.Text.RegularExpressions;
using Cms.Contents.Models;
using Cms.Core.Data;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class SeededContentTests_Sqlite(SqliteSiteFixture fixture) : SeededContentTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class SeededContentTests_Postgres(PostgresSiteFixture fixture) : SeededContentTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>The council's own content, which the setup recipe (recipes/ltk.recipe.json) puts on a fresh site.</summary>
public abstract partial class SeededContentTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    /// <summary>Every seeded page: its address and the title it shows (listed in <see cref="SeededSite"/>).</summary>
    public static readonly (string Path, string Title)[] Pages = SeededSite.Pages;

    /// <summary>The Danish and English variants of the main pages (content item ids).</summary>
    public static readonly (string Danish, string English)[] Variants =
    [
        ("ltkpagefrontda000000000000", "ltkpagefronten000000000000"),
        ("ltkpagemembersda0000000000", "ltkpagemembersen0000000000"),
        ("ltkvisionda000000000000000", "ltkvisionen000000000000000"),
        ("ltkpagegrantsda00000000000", "ltkpagegrantsen00000000000"),
        ("ltkpageprizeda000000000000", "ltkpageprizeen000000000000"),
        ("ltkfestivalda0000000000000", "ltkfestivalen0000000000000"),
        ("ltkcontactda00000000000000", "ltkcontacten00000000000000"),
    ];

    [Fact]
    public async Task A_fresh_site_has_the_councils_content_types_with_Danish_names()
    {
        await Client.LoginAsAdminAsync();

        var types = await Client.GetStringAsync("/admin/content-types");
        foreach (var (name, displayName) in new[]
        {
            ("Page", "Side"), ("ContactPage", "Kontaktside"), ("CouncilMember", "Rådsmedlem"), ("CouncilTerm", "Valgperiode"),
            ("VisionPage", "Visionsside"), ("Festival", "Kulturfestival"), ("NewsItem", "Nyhed"), ("NewsList", "Nyhedsliste"), ("Project", "Projekt"),
        })
        {
            Assert.Contains($"<a href=\"/admin/content-types/{name}\">{displayName}</a>", types, StringComparison.Ordinal);
        }

        // An editor adding a member fills in what the seeds describe, and picks the term among the seeded ones.
        var member = await Client.GetStringAsync("/admin/content/new/CouncilMember");
        foreach (var text in new[] { "Forening eller organisation", "Repræsenterer kommunens flygtninge og indvandrere", "Rolle", "Formand", "Næstformand", "Medlem", "Valgperiode", "2018–2021" })
        {
            Assert.Contains(text, member, StringComparison.Ordinal);
        }

        var vision = await Client.GetStringAsync("/admin/content/ltkvisionda000000000000000/edit");
        foreach (var text in new[] { "Vision", "Målsætninger", "Målgruppe", "Godkendt af kommunalbestyrelsen", "december 2015" })
        {
            Assert.Contains(text, vision, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_seeded_page_answers_at_its_address_in_Danish_and_English()
    {
        foreach (var (path, title) in Pages)
        {
            var response = await Client.GetAsync(path);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains($"<h1>{title.Replace("'", "&#x27;", StringComparison.Ordinal)}</h1>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_key_facts_of_the_seeds_are_on_the_pages()
    {
        var front = await Client.GetStringAsync("/");
        Assert.Contains("Integrationsrådet består af 23 medlemmer", front, StringComparison.Ordinal);
        Assert.Contains("8 medlemmer som repræsenterer Lyngby-Taarbæk Kommunes flygtninge og indvandrere", front, StringComparison.Ordinal);
        Assert.Contains("4-årig periode, der følger kommunalbestyrelsens valgperiode", front, StringComparison.Ordinal);
        Assert.Contains("Integrationsrådet kan ikke behandle enkeltsager.", front, StringComparison.Ordinal);
        Assert.Contains("vejledende udtalelser", front, StringComparison.Ordinal);

        var members = await Client.GetStringAsync("/medlemmer");
        Assert.Contains("<strong>8 pladser:</strong> medlemmer som repræsenterer Lyngby-Taarbæk Kommunes flygtninge og indvandrere", members, StringComparison.Ordinal);
        Assert.Contains("<strong>15 pladser:</strong>", members, StringComparison.Ordinal);
        Assert.Contains("I alt: 23 medlemmer.", members, StringComparison.Ordinal);

        var vision = await Client.GetStringAsync("/visioner-og-maalsaetninger");
        Assert.Contains("i december 2015 godkendt", vision, StringComparison.Ordinal);
        Assert.Contains("primært flygtninge og familiesammenførte til flygtninge", vision, StringComparison.Ordinal);
        Assert.Equal(10, ListItems(vision));

        var grants = await Client.GetStringAsync("/tilskud");
        Assert.Contains("en årlig pulje på 59.800 kr. (niveau 2015)", grants, StringComparison.Ordinal);
        Assert.Contains("privatpersoner, foreninger og private virksomheder vil blive foretrukket frem for offentlige institutioner", grants, StringComparison.Ordinal);
        Assert.Contains("Budget, hvoraf det fremgår, hvilket beløb, der ansøges om, samt supplerende finansiering.", grants, StringComparison.Ordinal);
        Assert.Contains("Integrationsrådet kun holder 4 møder om året", grants, StringComparison.Ordinal);
        Assert.Contains("Ansøgninger behandles på førstkommende møde i Integrationsrådet.", grants, StringComparison.Ordinal);
        Assert.Contains("kvitteringer", grants, StringComparison.Ordinal);
        Assert.Contains("Lyngbyguiderne og Frivillignet", grants, StringComparison.Ordinal);

        var prize = await Client.GetStringAsync("/integrationsprisen");
        Assert.Contains("Prisen består af 5.000 kr. Med prisen følger et diplom", prize, StringComparison.Ordinal);
        Assert.Contains("Alle borgere kan indstille en kandidat.", prize, StringComparison.Ordinal);
        Assert.Contains("ikke tildeles samme modtager mere end én gang", prize, StringComparison.Ordinal);
        Assert.Contains("evalueres ved udgangen af indeværende valgperiode", prize, StringComparison.Ordinal);

        var festival = await Client.GetStringAsync("/kulturfestival");
        Assert.Contains("Stadsbiblioteket", festival, StringComparison.Ordinal);
        Assert.Contains("2.000", festival, StringComparison.Ordinal);
        Assert.Contains("Integrationsprisen", festival, StringComparison.Ordinal);

        var contact = await Client.GetStringAsync("/kontakt");
        Assert.Contains("Integrationsrådets sekretariat, Lyngby-Taarbæk Kommune", contact, StringComparison.Ordinal);
        Assert.DoesNotContain("mailto:", contact, StringComparison.Ordinal);

        var accessibility = await Client.GetStringAsync("/tilgaengelighedserklaering");
        Assert.Contains("WCAG 2.1 på niveau AA", accessibility, StringComparison.Ordinal);
        Assert.Contains("webtilgængelighedsloven", accessibility, StringComparison.Ordinal);

        var privacy = await Client.GetStringAsync("/privatliv");
        Assert.Contains("artikel 6, stk. 1, litra e", privacy, StringComparison.Ordinal);
        Assert.Contains("Datatilsynet", privacy, StringComparison.Ordinal);

        Assert.Contains("23 members", await Client.GetStringAsync("/en"), StringComparison.Ordinal);
        var grantsEn = await Client.GetStringAsync("/en/grants");
        Assert.Contains("DKK 59,800 (2015 level)", grantsEn, StringComparison.Ordinal);
        Assert.Contains("only 4 meetings a year", grantsEn, StringComparison.Ordinal);
        Assert.Contains("The prize is DKK 5,000.", await Client.GetStringAsync("/en/prize"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Danish_and_English_variants_are_translations_of_each_other()
    {
        await Client.LoginAsAdminAsync();

        foreach (var (danish, english) in Variants)
        {
            var editor = await Client.GetStringAsync($"/admin/content/{danish}/edit");
            Assert.Contains($"<a href=\"/admin/content/{english}/edit\" lang=\"en\">", editor, StringComparison.Ordinal);
            var englishEditor = await Client.GetStringAsync($"/admin/content/{english}/edit");
            Assert.Contains($"<a href=\"/admin/content/{danish}/edit\" lang=\"da-DK\">", englishEditor, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Running_the_setup_recipe_again_from_the_admin_changes_nothing()
    {
        await Client.LoginAsAdminAsync();
        var before = await CountContentRowsAsync();

        var run = await Client.PostFormAsync("/admin/recipes/run?file=ltk.recipe.json", "/admin/recipes/run", [new("file", "ltk.recipe.json")]);

        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var html = await run.Content.ReadAsStringAsync();
        Assert.Contains("Opskriften ændrede ingen indholdstyper eller indholdselementer.", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountContentRowsAsync());
    }

    private Task<(int Versions, int Paths)> CountContentRowsAsync() => Site.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<LtkDbContext>();
        return (await db.Set<ContentItem>().CountAsync(), await db.Set<AutorouteEntry>().CountAsync());
    });

    private static int ListItems(string html) => ListItemPattern().Count(html);

    [GeneratedRegex("<li>At ")]
    private static partial Regex ListItemPattern();
}

public sealed class SeededContentSetupTests_Sqlite : SeededContentSetupTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class SeededContentSetupTests_Postgres : SeededContentSetupTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>The seeded content over restarts, and the demo recipe, each on a database of its own.</summary>
public abstract class SeededContentSetupTests
{
    protected abstract DatabaseProvider Provider { get; }

    [Fact]
    public async Task A_restart_keeps_the_seeded_content_once()
    {
        await using var database = await TestDatabase.CreateAsync(Provider);
        (int Items, int Versions, int Paths) first;
        await using (var site = new SiteFactory(database))
        {
            site.Start();
            first = await CountAsync(site);
            site.Logs.AssertNoUnexpected();
        }

        await using var restarted = new SiteFactory(database);
        restarted.Start();

        Assert.Equal(first, await CountAsync(restarted));
        Assert.Equal(25, first.Items); // 23 pages and items (the pool's privacy notice and the statements list in two languages among them), and the Danish and English main menus
        Assert.Equal(first.Items, first.Versions);
        using var client = restarted.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/medlemmer")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/en/members")).StatusCode);
        restarted.Logs.AssertNoUnexpected();
    }

    [Fact]
    public async Task The_demo_recipe_adds_fictional_members_and_news_when_an_administrator_runs_it()
    {
        await using var database = await TestDatabase.CreateAsync(Provider);
        await using var site = new SiteFactory(database);
        site.Start();
        using var client = site.CreateClient();
        await client.LoginAsAdminAsync();

        var recipes = await client.GetStringAsync("/admin/recipes");
        Assert.Contains("data-recipe-file=\"demo.recipe.json\"", recipes, StringComparison.Ordinal);
        var run = await client.PostFormAsync("/admin/recipes/run?file=demo.recipe.json", "/admin/recipes/run", [new("file", "demo.recipe.json")]);

        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var result = await run.Content.ReadAsStringAsync();
        Assert.Contains("Alle 1 trin blev udført.", result, StringComparison.Ordinal);
        Assert.Contains("Eksempel Medlem 1", result, StringComparison.Ordinal);

        var members = await client.GetStringAsync("/admin/content?type=CouncilMember");
        for (var n = 1; n <= 4; n++)
        {
            Assert.Contains($"Eksempel Medlem {n}", members, StringComparison.Ordinal);
        }

        var member = await client.GetStringAsync("/admin/content/ltkdemomember1000000000000/edit");
        Assert.Contains("Eksempelforening 1", member, StringComparison.Ordinal);
        Assert.Contains("2022–2025", member, StringComparison.Ordinal);

        var news = await client.GetAsync("/nyheder/eksempelnyhed-1");
        Assert.Equal(HttpStatusCode.OK, news.StatusCode);
        Assert.Contains("Eksempelnyhed 1", await news.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var list = await client.GetStringAsync("/admin/content/ltknewslistda0000000000000/edit");
        Assert.Contains("Eksempelnyhed 1: Integrationsrådet holder møde", list, StringComparison.Ordinal);
        Assert.Contains("Eksempelnyhed 2: Kulturfestivalen nærmer sig", list, StringComparison.Ordinal);

        // Run twice, the demo adds nothing the second time.
        var again = await client.PostFormAsync("/admin/recipes/run?file=demo.recipe.json", "/admin/recipes/run", [new("file", "demo.recipe.json")]);
        Assert.Contains("Opskriften ændrede ingen indholdstyper eller indholdselementer.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        site.Logs.AssertNoUnexpected();
    }

    private static Task<(int Items, int Versions, int Paths)> CountAsync(SiteFactory site) => site.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<LtkDbContext>();
        var items = db.Set<ContentItem>();
        return (await items.Select(i => i.ContentItemId).Distinct().CountAsync(), await items.CountAsync(), await db.Set<AutorouteEntry>().CountAsync());
    });
}
