using System.Net;
using System.Text.Json.Nodes;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class PublicListingTests_Sqlite(SqliteSiteFixture fixture) : PublicListingTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class PublicListingTests_Postgres(PostgresSiteFixture fixture) : PublicListingTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>Pages that list other items: the front page's latest news and the members page grouped by organisation.</summary>
public abstract class PublicListingTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    [Fact]
    public async Task Members_are_grouped_by_organisation_in_Danish_order_and_the_front_page_shows_the_latest_news()
    {
        await Client.LoginAsAdminAsync();
        var run = await Client.PostFormAsync("/admin/recipes/run?file=demo.recipe.json", "/admin/recipes/run", [new("file", "demo.recipe.json")]);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        using var visitor = Site.CreateClient();

        // The demo's four fictional members, two of them for refugees and immigrants, each in an organisation of its own.
        var members = await visitor.GetStringAsync("/medlemmer");
        HtmlValidator.AssertValid(members, "/medlemmer with members");
        Assert.Contains("I alt: 23 medlemmer.", members, StringComparison.Ordinal);
        Assert.Contains("<p class=\"members-total\">4 medlemmer, heraf 2 for flygtninge og indvandrere.</p>", members, StringComparison.Ordinal);
        Assert.Contains("Eksempelforening 1\n        <span class=\"member-count\">(1 medlem)</span></h3>", members, StringComparison.Ordinal);
        Assert.Contains("<span class=\"member-name\">Eksempel Medlem 1</span>, <span class=\"member-role\">Formand</span>", members, StringComparison.Ordinal);
        Assert.Contains("<span class=\"member-name\">Eksempel Medlem 2</span>, <span class=\"member-role\">Næstformand</span> <span class=\"member-seat\">(repræsenterer flygtninge og indvandrere)</span>", members, StringComparison.Ordinal);
        var english = await visitor.GetStringAsync("/en/members");
        HtmlValidator.AssertValid(english, "/en/members with members");
        Assert.Contains("<p class=\"members-total\">4 members, 2 of them for refugees and immigrants.</p>", english, StringComparison.Ordinal);

        // Two more members in one organisation, and organisations whose names start with Æ, Ø, Å and Z.
        await PublishMemberAsync("Åse Eksempel", "Åbyforeningen", refugees: true);
        await PublishMemberAsync("Zara Eksempel", "Zebraforeningen", refugees: false);
        await PublishMemberAsync("Øjvind Eksempel", "Østerbo Forening", refugees: false);
        await PublishMemberAsync("Ærbar Eksempel", "Ærøforeningen", refugees: true);
        await PublishMemberAsync("Anna Eksempel", "Ærøforeningen", refugees: false);

        members = await visitor.GetStringAsync("/medlemmer");
        HtmlValidator.AssertValid(members, "/medlemmer with more members");
        Assert.Contains("<p class=\"members-total\">9 medlemmer, heraf 4 for flygtninge og indvandrere.</p>", members, StringComparison.Ordinal);
        Assert.Contains("Ærøforeningen\n        <span class=\"member-count\">(2 medlemmer)</span></h3>", members, StringComparison.Ordinal);
        AssertInOrder(members, "Eksempelforening 4", "Zebraforeningen", "Ærøforeningen", "Østerbo Forening", "Åbyforeningen");
        AssertInOrder(members, "Anna Eksempel", "Ærbar Eksempel");

        // The front page lists the news of its own language, newest first, linked to their pages.
        var front = await visitor.GetStringAsync("/");
        HtmlValidator.AssertValid(front, "/ with news");
        Assert.Contains("<h2 id=\"latest-news-heading\">Nyheder</h2>", front, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/nyheder/eksempelnyhed-2\">Eksempelnyhed 2: Kulturfestivalen nærmer sig</a>", front, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2026-04-01\">1. april 2026</time>", front, StringComparison.Ordinal);
        AssertInOrder(front, "Eksempelnyhed 2", "Eksempelnyhed 1");
        Assert.DoesNotContain("latest-news", await visitor.GetStringAsync("/en"), StringComparison.Ordinal);

        var news = await visitor.GetStringAsync("/nyheder/eksempelnyhed-1");
        HtmlValidator.AssertValid(news, "/nyheder/eksempelnyhed-1");
        Assert.Contains("<p class=\"news-date\"><time datetime=\"2026-03-01\">1. marts 2026</time></p>", news, StringComparison.Ordinal);
    }

    private async Task PublishMemberAsync(string name, string organisation, bool refugees)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var contents = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var item = await contents.NewAsync("CouncilMember");
        item.Part(PartNames.Title)["Title"] = name;
        var member = item.Part("CouncilMember");
        member["Organisation"] = new JsonObject { ["Text"] = organisation };
        member["RepresentsRefugeesAndImmigrants"] = new JsonObject { ["Value"] = refugees };
        member["Role"] = new JsonObject { ["Values"] = new JsonArray("member") };
        await contents.CreateAsync(item, publish: true);
    }

    private static void AssertInOrder(string html, params string[] texts)
    {
        var positions = texts.Select(t => html.IndexOf(t, StringComparison.Ordinal)).ToArray();
        Assert.All(positions.Zip(texts), p => Assert.True(p.First >= 0, $"'{p.Second}' is not on the page"));
        Assert.True(positions.SequenceEqual(positions.Order()), $"Expected in this order: {string.Join(", ", texts)}; found at {string.Join(", ", positions)}");
    }
}
