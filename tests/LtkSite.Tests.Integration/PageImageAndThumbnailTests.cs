using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Contents.Models;
using Cms.Contents.Services;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class PageImageAndThumbnailTests_Sqlite(MediaSiteFixture fixture) : PageImageAndThumbnailTests<MediaSiteFixture>(fixture), IClassFixture<MediaSiteFixture>;

public sealed class PageImageAndThumbnailTests_Postgres(PostgresMediaSiteFixture fixture) : PageImageAndThumbnailTests<PostgresMediaSiteFixture>(fixture), IClassFixture<PostgresMediaSiteFixture>;

/// <summary>Images from the media library: on the members page, and as thumbnails in the admin that the site's CSP lets show.</summary>
public abstract partial class PageImageAndThumbnailTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : MediaSiteFixture
{
    private const string DanishMembers = "ltkpagemembersda0000000000";

    private readonly string _suffix = Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task The_image_picked_for_the_members_page_shows_on_it_with_its_alternative_text_and_sizes()
    {
        await Client.LoginAsAdminAsync();
        var image = $"raadsmoede-{_suffix}.png";
        await Client.UploadMediaAsync(MediaTestFiles.Image(1400, 700), image);
        using var visitor = Site.CreateClient();
        Assert.DoesNotContain("class=\"page-image\"", await visitor.GetStringAsync("/medlemmer"), StringComparison.Ordinal);

        await SetMembersImageAsync(image, "Rådets medlemmer ved et møde");
        try
        {
            var html = await visitor.GetStringAsync("/medlemmer");
            HtmlValidator.AssertValid(html, "/medlemmer with an image");
            Assert.Matches(
                $"<div class=\"page-image\"><img class=\"media-field\" src=\"/media/{image}\\?v=[0-9a-f]+\" srcset=\"[^\"]*&amp;width=320 320w, [^\"]*&amp;width=1920 1920w\" sizes=\"[^\"]+\" alt=\"Rådets medlemmer ved et møde\"",
                html);
            // Above the seats, under the introduction.
            Assert.True(html.IndexOf("class=\"page-image\"", StringComparison.Ordinal) < html.IndexOf("I alt: 23 medlemmer.", StringComparison.Ordinal));
        }
        finally
        {
            await SetMembersImageAsync(null, null);
        }
    }

    [Fact]
    public async Task Thumbnails_in_the_library_the_delete_page_and_the_picker_are_styled_by_a_stylesheet_not_style_attributes()
    {
        await Client.LoginAsAdminAsync();
        var image = $"miniature-{_suffix}.png";
        await Client.UploadMediaAsync(MediaTestFiles.Image(400, 300), image);

        var library = await Client.GetStringAsync("/admin/media");
        var delete = await Client.GetStringAsync($"/admin/media/delete?path={image}");
        var editor = await Client.GetStringAsync($"/admin/content/{DanishMembers}/edit");

        Assert.Matches($"<img src=\"/media/{image}\\?[^\"]*\" alt=\"\" width=\"120\" class=\"media-thumb\"", library);
        Assert.Matches($"<img src=\"/media/{image}\\?[^\"]*\" alt=\"[^\"]+\" width=\"320\" class=\"media-preview\"", delete);
        Assert.Matches($"<img src=\"/media/{image}\\?[^\"]*\" alt=\"\" width=\"80\" class=\"media-choice-thumb\"", editor);
        foreach (var (html, what) in new[] { (library, "library"), (delete, "delete"), (editor, "editor") })
        {
            // The site's Content-Security-Policy (style-src 'self') would drop any style attribute.
            Assert.False(StyleAttribute().IsMatch(html), $"The {what} page has a style attribute");
            Assert.Single(Regex.Matches(html, "<link rel=\"stylesheet\" href=\"/_content/Cms.Media/media-admin[.a-z0-9]*css[^\"]*\">"));
        }

        var css = await Client.GetAsync("/_content/Cms.Media/media-admin.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains(".media-thumb", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<ContentItem> SetMembersImageAsync(string? path, string? text) => Site.WithScopeAsync(async services =>
    {
        var contents = services.GetRequiredService<ContentManager>();
        var latest = await contents.GetAsync(DanishMembers, VersionOptions.Latest) ?? throw new InvalidOperationException(DanishMembers);
        var page = latest.Part("Page");
        if (path is null)
        {
            page.Remove("Image");
        }
        else
        {
            page["Image"] = new JsonObject { ["Paths"] = new JsonArray(path), ["MediaTexts"] = new JsonArray(text) };
        }

        return await contents.UpdateAsync(latest, latest.ContentItemVersionId, publish: true);
    });

    [GeneratedRegex("<[^>]+\\sstyle=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();
}
