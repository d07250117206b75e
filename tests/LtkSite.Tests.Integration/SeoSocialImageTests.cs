using System.Net;
using System.Text.RegularExpressions;
using Cms.Media.Services;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class SeoSocialImageTests_Sqlite(MediaSiteFixture fixture) : SeoSocialImageTests<MediaSiteFixture>(fixture), IClassFixture<MediaSiteFixture>;

public sealed class SeoSocialImageTests_Postgres(PostgresMediaSiteFixture fixture) : SeoSocialImageTests<PostgresMediaSiteFixture>(fixture), IClassFixture<PostgresMediaSiteFixture>;

/// <summary>The SeoMetaPart's social image: picked from the media library with alternative text, shown to social media as og:image.</summary>
public abstract partial class SeoSocialImageTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : MediaSiteFixture
{
    private const string Editor = "/admin/content/new/Page";

    private readonly string _suffix = Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task A_picked_image_with_alternative_text_is_the_published_pages_og_image()
    {
        await Client.LoginAsAdminAsync();
        var image = await UploadAsync();

        var editor = WebUtility.HtmlDecode(await Client.GetStringAsync(Editor));
        Assert.Contains("Billede til sociale medier", editor, StringComparison.Ordinal);
        Assert.Contains($"name=\"SeoMetaPart.SocialImage\" value=\"{image}\"", editor, StringComparison.Ordinal);

        var saved = await Client.PostFormAsync(Editor, Editor,
        [
            new("TitlePart.Title", "Deling " + _suffix), new("LocalizationPart.Culture", "da-DK"), new("AutoroutePart.Path", "deling-" + _suffix),
            new("SeoMetaPart.MetaDescription", "Rådet mødes med foreningerne."),
            new("SeoMetaPart.SocialImage", image), new("SeoMetaPart.SocialImageAlt", "Rådets medlemmer foran rådhuset"), new("Submit", "draft"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edit = saved.Headers.Location!.OriginalString;
        var draft = WebUtility.HtmlDecode(await Client.GetStringAsync(edit));
        Assert.Contains($"name=\"SeoMetaPart.SocialImage\" value=\"{image}\" checked=\"checked\"", draft, StringComparison.Ordinal);
        Assert.Contains("value=\"Rådets medlemmer foran rådhuset\"", draft, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/deling-" + _suffix)).StatusCode);

        var baseVersion = BaseVersion().Match(draft).Groups[1].Value;
        var published = await Client.PostFormAsync(edit, edit,
        [
            new("BaseVersionId", baseVersion), new("TitlePart.Title", "Deling " + _suffix), new("LocalizationPart.Culture", "da-DK"),
            new("AutoroutePart.Path", "deling-" + _suffix), new("SeoMetaPart.MetaDescription", "Rådet mødes med foreningerne."),
            new("SeoMetaPart.SocialImage", image), new("SeoMetaPart.SocialImageAlt", "Rådets medlemmer foran rådhuset"), new("Submit", "publish"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var page = WebUtility.HtmlDecode(await Client.GetStringAsync("/deling-" + _suffix));
        var head = page[..page.IndexOf("</head>", StringComparison.Ordinal)];
        Assert.Contains($"<meta property=\"og:image\" content=\"http://localhost{image}\">", head, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image:alt\" content=\"Rådets medlemmer foran rådhuset\">", head, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:title\" content=\"Deling {_suffix}\">", head, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:description\" content=\"Rådet mødes med foreningerne.\">", head, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:url\" content=\"http://localhost/deling-{_suffix}\">", head, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:locale\" content=\"da_DK\">", head, StringComparison.Ordinal);

        // The image address is the one the library serves.
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(image)).StatusCode);
    }

    [Fact]
    public async Task An_image_without_alternative_text_is_refused_and_nothing_typed_is_lost()
    {
        await Client.LoginAsAdminAsync();
        var image = await UploadAsync();

        var response = await Client.PostFormAsync(Editor, Editor,
        [
            new("TitlePart.Title", "Uden tekst " + _suffix), new("LocalizationPart.Culture", "da-DK"), new("SeoMetaPart.PageTitle", "Sidetitel " + _suffix),
            new("SeoMetaPart.SocialImage", image), new("SeoMetaPart.SocialImageAlt", "  "), new("Submit", "publish"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<span class=\"form-error-message\" id=\"SeoMetaPart.SocialImageAlt-error\">Beskriv billedet til sociale medier for dem, der ikke kan se det (alternativ tekst).</span>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#SeoMetaPart.SocialImageAlt\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"Uden tekst {_suffix}\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"Sidetitel {_suffix}\"", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"SeoMetaPart.SocialImage\" value=\"{image}\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"Uden tekst {_suffix}", WebUtility.HtmlDecode(await Client.GetStringAsync("/admin/content?type=Page")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pickers_folder_filter_keeps_the_chosen_image_and_its_text()
    {
        await Client.LoginAsAdminAsync();
        var image = await UploadAsync();
        await FillLibraryAsync();

        var refreshed = await Client.PostFormAsync(Editor, Editor,
        [
            new("TitlePart.Title", "Filter " + _suffix), new("SeoMetaPart.SocialImage", image), new("SeoMetaPart.SocialImageAlt", "Havnen i solskin"),
            new("SeoMetaPart.SocialImage.Folder", "arkiv"), new("EditorRefresh", "SeoMetaPart.SocialImage.Page=1"),
        ]);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var html = WebUtility.HtmlDecode(await refreshed.Content.ReadAsStringAsync());
        Assert.Contains("25 filer passer; side 1 af 1.", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"arkiv\" selected=\"selected\">arkiv</option>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"SeoMetaPart.SocialImage\" value=\"/media/arkiv/foto-07.png\"", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"SeoMetaPart.SocialImage\" value=\"{image}\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Havnen i solskin\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"Filter {_suffix}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("form-error-message", html, StringComparison.Ordinal);
    }

    /// <summary>Uploads an image through the media library and returns the address the picker offers for it.</summary>
    private async Task<string> UploadAsync()
    {
        var upload = await Client.UploadMediaAsync(MediaTestFiles.Image(60, 40), $"deling-{_suffix}.png", contentType: "image/png");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        return $"/media/deling-{_suffix}.png";
    }

    /// <summary>Enough images in the folder "arkiv" that the picker offers its folder filter and search.</summary>
    private Task<bool> FillLibraryAsync() => Site.WithScopeAsync(async services =>
    {
        var store = services.GetRequiredService<IMediaFileStore>();
        await store.CreateFolderAsync("arkiv", default);
        var bytes = MediaTestFiles.Image(20, 20);
        for (var n = 1; n <= 25; n++)
        {
            await using var content = new MemoryStream(bytes);
            await store.TryCreateFileAsync($"arkiv/foto-{n:00}.png", content, default);
        }

        return true;
    });

    [GeneratedRegex("name=\"BaseVersionId\" value=\"([^\"]*)\"")]
    private static partial Regex BaseVersion();
}
