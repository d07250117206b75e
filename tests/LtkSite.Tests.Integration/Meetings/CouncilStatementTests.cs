using System.Net;
using AngleSharp.Html.Parser;
using Cms.Core.Security;
using LtkSite.Testing;

namespace LtkSite.Tests.Integration.Meetings;

public sealed class CouncilStatementTests_Sqlite(SqliteSiteFixture fixture) : CouncilStatementTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class CouncilStatementTests_Postgres(PostgresSiteFixture fixture) : CouncilStatementTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>
/// The council's statements as the communications staff and a visitor meet them: an Editor writes and publishes one from
/// the list, translates it into English and publishes that; <c>/udtalelser</c> and <c>/en/statements</c> list them in
/// their language and link to each other; re-running the shipped recipe changes no role.
/// </summary>
public abstract class CouncilStatementTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    private const string DanishList = "ltkstatementsda00000000000";

    [Fact]
    public async Task An_editor_publishes_a_statement_and_its_translation_and_both_lists_show_them_also_after_the_recipe_runs_again()
    {
        using var visitor = Site.CreateClient();
        var english = new HtmlParser().ParseDocument(await visitor.GetStringAsync("/en/statements"));
        Assert.Equal("Statements", english.QuerySelector("main h1")!.TextContent);
        Assert.Equal("There are no statements in this language yet.", english.QuerySelector(".statements-none")!.TextContent);
        Assert.NotNull(english.QuerySelector("a[href='/udtalelser'][hreflang='da']"));
        var danish = new HtmlParser().ParseDocument(await visitor.GetStringAsync("/udtalelser"));
        Assert.NotNull(danish.QuerySelector("a[href='/en/statements'][hreflang='en']"));

        // The shipped recipe again, as an administrator would run it: no role changes.
        await Client.LoginAsAdminAsync();
        var run = WebUtility.HtmlDecode(await (await Client.PostFormAsync("/admin/recipes/run?file=ltk.recipe.json", "/admin/recipes/run", [new("file", "ltk.recipe.json")])).Content.ReadAsStringAsync());
        Assert.Contains("Rollen Secretariat: 0 tilladelser ændret.", run, StringComparison.Ordinal);

        var user = "redaktoer-" + Guid.NewGuid().ToString("N")[..6];
        await Site.CreateUserAsync(user, "Editor-password-1", CmsRoles.Editor);
        using var editor = Site.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await editor.LoginAsync(user, "Editor-password-1")).StatusCode);
        var create = $"/admin/content/new/CouncilStatement?containerId={DanishList}";
        var created = await editor.PostFormAsync(create, create,
        [
            new("TitlePart.Title", "Høringssvar om sprogskolen"), new("CouncilStatement.Date.Value", "05.03.2027"), new("CouncilStatement.MeetingDate.Value", "04.03.2027"),
            new("MarkdownBodyPart.Markdown", "Rådet anbefaler flere hold om aftenen."), new("Submit", "publish"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Matches("^/admin/content/[0-9a-z]+/edit$", created.Headers.Location!.OriginalString);
        var id = created.Headers.Location!.OriginalString.Split('/')[3];

        danish = new HtmlParser().ParseDocument(await visitor.GetStringAsync("/udtalelser"));
        var listed = danish.QuerySelector("main .summary-list a")!;
        Assert.Equal("Høringssvar om sprogskolen", listed.TextContent);
        Assert.Contains("Rådet anbefaler flere hold om aftenen.", await visitor.GetStringAsync(listed.GetAttribute("href")!), StringComparison.Ordinal);
        Assert.Equal("There are no statements in this language yet.", new HtmlParser().ParseDocument(await visitor.GetStringAsync("/en/statements")).QuerySelector(".statements-none")!.TextContent);

        // The English translation, made from the Danish statement and published by the editor.
        var translate = await editor.PostFormAsync($"/admin/content/{id}/edit", $"/admin/content/{id}/translate?culture=en", []);
        Assert.Equal(HttpStatusCode.Redirect, translate.StatusCode);
        var edit = translate.Headers.Location!.OriginalString;
        var published = await editor.PostFormAsync(edit, edit, await CouncilData.EditorFieldsAsync(editor, edit, new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "Consultation response on the language school",
            ["MarkdownBodyPart.Markdown"] = "The council recommends more evening classes.",
            ["Submit"] = "publish",
        }));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        english = new HtmlParser().ParseDocument(await visitor.GetStringAsync("/en/statements"));
        Assert.Null(english.QuerySelector(".statements-none"));
        var translated = english.QuerySelector("main .summary-list a")!;
        Assert.Equal("Consultation response on the language school", translated.TextContent);
        Assert.StartsWith("/en/", translated.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("The council recommends more evening classes.", await visitor.GetStringAsync(translated.GetAttribute("href")!), StringComparison.Ordinal);
        Assert.Single(new HtmlParser().ParseDocument(await visitor.GetStringAsync("/udtalelser")).QuerySelectorAll("main .summary-list a"));
    }
}
