using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class PickerPagingTests_Sqlite(SqliteSiteFixture fixture) : PickerPagingTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class PickerPagingTests_Postgres(PostgresSiteFixture fixture) : PickerPagingTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>The content picker finds items among many (search and pages, without JavaScript); a list's editor pages through its items.</summary>
public abstract class PickerPagingTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    private readonly string _marker = "pick" + Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task The_content_picker_searches_and_pages_and_keeps_what_was_typed()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Site.WithScopeAsync(async services =>
        {
            var manager = services.GetRequiredService<ContentManager>();
            for (var n = 1; n <= 55; n++)
            {
                var item = await manager.NewAsync("Article");
                item.Part(PartNames.Title)["Title"] = $"Aaa {_marker} {n:00}";
                item.Part("Article")["Intro"] = new JsonObject { ["Text"] = "Intro" };
                await manager.CreateAsync(item, publish: true);
            }

            return true;
        });
        await Client.LoginAsAdminAsync();

        // Page 1 of the picker: 50 items, the first by title; the rest are a button away.
        var editor = WebUtility.HtmlDecode(await Client.GetStringAsync("/admin/content/new/Article"));
        var picker = Picker(editor);
        Assert.Contains($"Aaa {_marker} 01<", picker, StringComparison.Ordinal);
        Assert.Equal(51, Regex.Count(picker, "<option "));
        Assert.Contains("name=\"EditorRefresh\" value=\"Article.Related.Page=2\"", editor, StringComparison.Ordinal);

        // A search shows the matching items and keeps the title typed above it; nothing is saved.
        var typed = new List<KeyValuePair<string, string>>
        {
            new("TitlePart.Title", "Min nye artikel " + _marker),
            new("Article.Intro.Text", "Skrevet før søgningen"),
            new("Article.Category.Values", "news"),
            new("Article.Related.Search", $"{_marker.ToUpperInvariant()} 5"),
        };
        var searched = await Client.PostFormAsync("/admin/content/new/Article", "/admin/content/new/Article", [.. typed, new("EditorRefresh", "Article.Related.Page=1")]);
        Assert.Equal(HttpStatusCode.OK, searched.StatusCode);
        var html = WebUtility.HtmlDecode(await searched.Content.ReadAsStringAsync());
        Assert.Contains("value=\"Min nye artikel " + _marker + "\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Skrevet før søgningen\"", html, StringComparison.Ordinal);
        Assert.Contains("6 elementer passer; side 1 af 1.", html, StringComparison.Ordinal);
        Assert.Equal(7, Regex.Count(Picker(html), "<option "));
        Assert.DoesNotContain("form-error-message", html, StringComparison.Ordinal);
        Assert.Contains("0 elementer fundet.", WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/content?q=min%20nye%20artikel%20{_marker}")), StringComparison.Ordinal);

        // Page 2 without a search: the last five, and the one chosen on page 1 stays on offer, chosen.
        var first = Regex.Match(picker, $"<option value=\"([^\"]+)\">Aaa {_marker} 01<").Groups[1].Value;
        Assert.NotEmpty(first);
        var paged = await Client.PostFormAsync("/admin/content/new/Article", "/admin/content/new/Article",
            [.. typed.Take(3), new("Article.Related.ContentItemIds", first), new("EditorRefresh", "Article.Related.Page=2")]);
        var pageTwo = Picker(WebUtility.HtmlDecode(await paged.Content.ReadAsStringAsync()));
        Assert.Contains($"Aaa {_marker} 55<", pageTwo, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{first}\" selected=\"selected\">Aaa {_marker} 01<", pageTwo, StringComparison.Ordinal);

        // Saving keeps the chosen item.
        var saved = await Client.PostFormAsync("/admin/content/new/Article", "/admin/content/new/Article",
            [.. typed.Take(3), new("Article.Related.ContentItemIds", first), new("Article.Related.Page", "2"), new("Submit", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = WebUtility.HtmlDecode(await Client.GetStringAsync(saved.Headers.Location));
        Assert.Contains($"<option value=\"{first}\" selected=\"selected\">Aaa {_marker} 01<", Picker(stored), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lists_editor_pages_through_more_than_fifty_items()
    {
        await ContentTestTypes.EnsureAsync(Site);
        var listId = await Site.WithScopeAsync(async services =>
        {
            var manager = services.GetRequiredService<ContentManager>();
            var list = await manager.NewAsync("NewsList");
            list.Part(PartNames.Title)["Title"] = "Nyheder " + _marker;
            var created = await manager.CreateAsync(list, publish: true);
            for (var n = 1; n <= 53; n++)
            {
                var child = await manager.NewAsync("Article");
                child.Part(PartNames.Title)["Title"] = $"Nyhed {_marker} {n:00}";
                child.Part("Article")["Intro"] = new JsonObject { ["Text"] = "Intro" };
                child.ContainerId = created.ContentItemId;
                child.Part(PartNames.Contained)["ListContentItemId"] = created.ContentItemId;
                child.CreatedUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(n);
                await manager.CreateAsync(child, publish: true);
            }

            return created.ContentItemId;
        });
        await Client.LoginAsAdminAsync();

        var first = WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/content/{listId}/edit"));
        Assert.Contains("Side 1 af 2 (53 elementer)", first, StringComparison.Ordinal);
        Assert.Contains($"Nyhed {_marker} 53<", first, StringComparison.Ordinal);
        Assert.DoesNotContain($"Nyhed {_marker} 03<", first, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/content/{listId}/edit?listPage=2\"", first, StringComparison.Ordinal);

        var second = WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/content/{listId}/edit?listPage=2"));
        Assert.Contains("Side 2 af 2 (53 elementer)", second, StringComparison.Ordinal);
        foreach (var n in new[] { "03", "02", "01" })
        {
            Assert.Contains($"Nyhed {_marker} {n}<", second, StringComparison.Ordinal);
        }

        Assert.DoesNotContain($"Nyhed {_marker} 04<", second, StringComparison.Ordinal);
    }

    private static string Picker(string html) =>
        Regex.Match(html, "<select[^>]*id=\"Article.Related.ContentItemIds\".*?</select>", RegexOptions.Singleline).Value;
}
