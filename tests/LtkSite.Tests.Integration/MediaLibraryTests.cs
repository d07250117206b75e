using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Cms.Contents.Metadata;
using Cms.Contents.Parts;
using Cms.Core.Data;
using Cms.Media.Fields;
using Cms.Media.Services;
using LtkSite.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace LtkSite.Tests.Integration;

/// <summary>A site whose media library and variant cache live in a throw-away folder of their own.</summary>
public class MediaSiteFixture : SiteFixture
{
    public string MediaFolder { get; } = Path.Combine(Path.GetTempPath(), "ltk-media-tests-" + Guid.NewGuid().ToString("N"));

    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override SiteFactory CreateSite(TestDatabase database) => new MediaSiteFactory(database, MediaFolder);

    private sealed class MediaSiteFactory(TestDatabase database, string folder) : SiteFactory(database)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Media:Root", Path.Combine(folder, "media"));
            builder.UseSetting("Media:CacheRoot", Path.Combine(folder, "cache"));
        }
    }
}

/// <summary>As <see cref="MediaSiteFixture"/>, on PostgreSQL.</summary>
public sealed class PostgresMediaSiteFixture : MediaSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>Test images and uploads made in code.</summary>
public static class MediaTestFiles
{
    public static byte[] Image(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Png)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            // A gradient, so encoders cannot shrink the image to almost nothing and sizes stay meaningful.
            using var paint = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [SKColors.SeaGreen, SKColors.Gold, SKColors.SteelBlue], SKShaderTileMode.Clamp) };
            canvas.DrawRect(0, 0, width, height, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static async Task<HttpResponseMessage> UploadMediaAsync(this HttpClient client, byte[] bytes, string fileName, string folder = "", string contentType = "application/octet-stream")
    {
        var token = await client.GetAntiforgeryTokenAsync("/admin/media");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new StringContent(folder), "folder");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "MediaFile", fileName);
        return await client.PostAsync("/admin/media/upload", form);
    }
}

/// <summary>The media library: uploads checked on their bytes, folders, deletes, public serving with variants, the Media field.</summary>
public sealed class MediaLibraryTests(MediaSiteFixture fixture) : SiteTest<MediaSiteFixture>(fixture), IClassFixture<MediaSiteFixture>
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task An_uploaded_image_gets_a_safe_name_and_is_served_with_long_cache_headers_and_nosniff()
    {
        await Client.LoginAsAdminAsync();

        var upload = await Client.UploadMediaAsync(MediaTestFiles.Image(40, 30), $"Årsmøde i rådet {_suffix}!.png", contentType: "image/png");

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Equal("/admin/media", upload.Headers.Location!.OriginalString);
        var list = await Client.GetStringAsync("/admin/media");
        var name = $"aarsmoede-i-raadet-{_suffix}.png";
        Assert.Contains($"Filen {name} blev uploadet.", list, StringComparison.Ordinal);
        Assert.Contains($"data-media-file=\"{name}\"", list, StringComparison.Ordinal);
        Assert.Contains($"/media/{name}?v=", list, StringComparison.Ordinal);

        using var visitor = Site.CreateClient();
        var served = await visitor.GetAsync($"/media/{name}");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", served.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(MediaTestFiles.Image(40, 30), await served.Content.ReadAsByteArrayAsync());

        // The same name again gets a number instead of replacing the first file.
        await Client.UploadMediaAsync(MediaTestFiles.Image(20, 20), $"Årsmøde i rådet {_suffix}!.png");
        Assert.Contains($"data-media-file=\"aarsmoede-i-raadet-{_suffix}-2.png\"", await Client.GetStringAsync("/admin/media"), StringComparison.Ordinal);

        var audit = await Client.GetStringAsync("/admin/audit");
        Assert.Contains(name, audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bytes_decide_what_a_file_is_not_its_name()
    {
        await Client.LoginAsAdminAsync();

        // A PNG called .pdf is stored and served as the PNG it is.
        Assert.Equal(HttpStatusCode.Redirect, (await Client.UploadMediaAsync(MediaTestFiles.Image(10, 10), $"scan-{_suffix}.pdf", contentType: "application/pdf")).StatusCode);
        var png = await Site.CreateClient().GetAsync($"/media/scan-{_suffix}.png");
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await Site.CreateClient().GetAsync($"/media/scan-{_suffix}.pdf")).StatusCode);

        // A program called .jpg is refused, with the message at the file field.
        var exe = Encoding.ASCII.GetBytes("MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0This program cannot be run in DOS mode.");
        var refused = await Client.UploadMediaAsync(exe, $"ferie-{_suffix}.jpg", contentType: "image/jpeg");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<span class=\"form-error-message\" id=\"MediaFile-error\">Filen er ikke et JPEG-, PNG-, WebP- eller GIF-billede eller en PDF. Kun disse slags filer kan uploades.</span>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#MediaFile\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"ferie-{_suffix}", await Client.GetStringAsync("/admin/media"), StringComparison.Ordinal);

        // A PNG signature in front of garbage does not pass as an image.
        var damaged = MediaTestFiles.Image(10, 10)[..16].Concat(new byte[200]).ToArray();
        Assert.Contains("Billedet kunne ikke læses", await (await Client.UploadMediaAsync(damaged, "broken.png")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Larger than 10 MB: refused, whatever it is.
        var large = MediaTestFiles.Pdf().Concat(new byte[10 * 1024 * 1024]).ToArray();
        Assert.Contains("Filen er større end 10 MB.", await (await Client.UploadMediaAsync(large, "big.pdf")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A real PDF is accepted and served inline, with nosniff.
        Assert.Equal(HttpStatusCode.Redirect, (await Client.UploadMediaAsync(MediaTestFiles.Pdf(), $"Referat {_suffix}.PDF")).StatusCode);
        var pdf = await Site.CreateClient().GetAsync($"/media/referat-{_suffix}.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", pdf.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", pdf.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Folders_are_created_with_safe_names_and_paths_cannot_leave_the_library()
    {
        await Client.LoginAsAdminAsync();

        var created = await Client.PostFormAsync("/admin/media", "/admin/media/folder", [new("folder", ""), new("FolderName", $"Billeder {_suffix}")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"/admin/media?folder=billeder-{_suffix}", created.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.UploadMediaAsync(MediaTestFiles.Image(12, 12), "logo.png", $"billeder-{_suffix}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Site.CreateClient().GetAsync($"/media/billeder-{_suffix}/logo.png")).StatusCode);

        var bad = await Client.PostFormAsync("/admin/media", "/admin/media/folder", [new("folder", ""), new("FolderName", "../..")]);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("<span class=\"form-error-message\" id=\"FolderName-error\">Mappenavnet skal indeholde bogstaver eller tal.</span>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"../..\"", html, StringComparison.Ordinal);

        var duplicate = await Client.PostFormAsync("/admin/media", "/admin/media/folder", [new("folder", ""), new("FolderName", $"billeder {_suffix}")]);
        Assert.Contains($"Der er allerede en mappe eller fil med navnet billeder-{_suffix} her.", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostFormAsync("/admin/media", "/admin/media/folder", [new("folder", "../outside"), new("FolderName", "x")])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/admin/media?folder=..%2F..")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.UploadMediaAsync(MediaTestFiles.Image(5, 5), "x.png", "../")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/admin/media/delete?path=..%2Fmedia-cache")).StatusCode);

        using var visitor = Site.CreateClient();
        foreach (var url in new[] { "/media/%2e%2e/cache", "/media/..%2F..%2Fltk.db", "/media/billeder-" + _suffix, "/media/missing.png", "/media/.hidden.png" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(url)).StatusCode);
        }

        Assert.True(Directory.Exists(Path.Combine(Fixture.MediaFolder, "media", $"billeder-{_suffix}")));
        Assert.False(Directory.Exists(Path.Combine(Fixture.MediaFolder, "outside")));
    }

    [Fact]
    public async Task A_width_variant_is_smaller_made_once_and_then_served_from_the_cache()
    {
        await Client.LoginAsAdminAsync();
        var original = MediaTestFiles.Image(1600, 1000, SKEncodedImageFormat.Jpeg);
        await Client.UploadMediaAsync(original, $"udsigt-{_suffix}.jpg");
        using var visitor = Site.CreateClient();
        var variants = Site.Services.GetRequiredService<MediaVariants>();

        var before = variants.Generated;
        var first = await visitor.GetAsync($"/media/udsigt-{_suffix}.jpg?width=640");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/jpeg", first.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", first.Headers.CacheControl!.ToString());
        var bytes = await first.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length < original.Length, $"variant {bytes.Length} bytes, original {original.Length}");
        using (var decoded = SKBitmap.Decode(bytes))
        {
            Assert.Equal(640, decoded.Width);
            Assert.Equal(400, decoded.Height);
        }

        Assert.Equal(before + 1, variants.Generated);

        var second = await visitor.GetAsync($"/media/udsigt-{_suffix}.jpg?width=640");
        Assert.Equal(bytes, await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(before + 1, variants.Generated);

        // Concurrent first requests of another width all get the whole image.
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => visitor.GetByteArrayAsync($"/media/udsigt-{_suffix}.jpg?width=320")));
        Assert.All(concurrent, b => Assert.Equal(concurrent[0], b));
        using (var decoded = SKBitmap.Decode(concurrent[0]))
        {
            Assert.Equal(320, decoded.Width);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await visitor.GetAsync($"/media/udsigt-{_suffix}.jpg?width=500")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await visitor.GetAsync($"/media/udsigt-{_suffix}.jpg?width=abc")).StatusCode);
    }

    [Fact]
    public async Task A_file_is_deleted_after_confirmation_and_is_then_gone()
    {
        await Client.LoginAsAdminAsync();
        await Client.UploadMediaAsync(MediaTestFiles.Pdf(), $"slet-mig-{_suffix}.pdf");

        var confirm = await Client.GetStringAsync($"/admin/media/delete?path=slet-mig-{_suffix}.pdf");
        Assert.Contains($"<h1>Slet slet-mig-{_suffix}.pdf</h1>", confirm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Site.CreateClient().GetAsync($"/media/slet-mig-{_suffix}.pdf")).StatusCode);

        var deleted = await Client.PostFormAsync($"/admin/media/delete?path=slet-mig-{_suffix}.pdf", "/admin/media/delete", [new("path", $"slet-mig-{_suffix}.pdf")]);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains($"Filen slet-mig-{_suffix}.pdf blev slettet.", await Client.GetStringAsync("/admin/media"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Site.CreateClient().GetAsync($"/media/slet-mig-{_suffix}.pdf")).StatusCode);
        Assert.Contains($"slet-mig-{_suffix}.pdf", await Client.GetStringAsync("/admin/audit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_users_who_may_manage_media_reach_the_library()
    {
        using var anonymous = Site.CreateClient();
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync("/admin/media")).StatusCode);

        await Client.LoginAsAdminAsync();
        Assert.Contains("href=\"/admin/media\"", await Client.GetStringAsync("/admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_media_field_requires_alternative_text_for_images_and_renders_img_with_alt()
    {
        await Client.LoginAsAdminAsync();
        await EnsureTypeAsync();
        await Client.UploadMediaAsync(MediaTestFiles.Image(1400, 700), $"havn-{_suffix}.png");
        await Client.UploadMediaAsync(MediaTestFiles.Pdf(), $"folder-{_suffix}.pdf");
        var image = $"havn-{_suffix}.png";

        var editor = await Client.GetStringAsync("/admin/content/new/MediaNews");
        Assert.Contains($"value=\"{image}\"", editor, StringComparison.Ordinal);
        Assert.Contains($"<label class=\"form-label\" for=\"MediaNews.Image.MediaText.{image}\">Alternativ tekst til {image}</label>", editor, StringComparison.Ordinal);

        var missing = await Client.PostFormAsync("/admin/content/new/MediaNews", "/admin/content/new/MediaNews",
            [new("TitlePart.Title", "Havnen"), new("MediaNews.Image.Paths", image), new($"MediaNews.Image.MediaText.{image}", ""), new("Submit", "publish")]);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var html = await missing.Content.ReadAsStringAsync();
        Assert.Contains($"Beskriv billedet {image} for dem, der ikke kan se det (alternativ tekst).", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"MediaNews.Image.MediaText.{image}-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Havnen\"", html, StringComparison.Ordinal);

        var saved = await Client.PostFormAsync("/admin/content/new/MediaNews", "/admin/content/new/MediaNews",
            [new("TitlePart.Title", "Havnen"), new("MediaNews.Image.Paths", image), new($"MediaNews.Image.MediaText.{image}", "Både i Lyngby havn"), new("Submit", "publish")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = saved.Headers.Location!.OriginalString.Split('/')[3];

        var page = await Client.GetStringAsync($"/preview/{id}");
        Assert.Matches($"<img class=\"media-field\" src=\"/media/havn-{_suffix}.png\\?v=[0-9a-f]+\" srcset=\"[^\"]*&amp;width=320 320w, [^\"]*&amp;width=1920 1920w\" sizes=\"[^\"]+\" alt=\"Både i Lyngby havn\"", page);

        // A PDF needs no alternative text and shows as a link.
        var pdf = await Client.PostFormAsync("/admin/content/new/MediaNews", "/admin/content/new/MediaNews",
            [new("TitlePart.Title", "Folder"), new("MediaNews.Image.Paths", $"folder-{_suffix}.pdf"), new("Submit", "publish")]);
        Assert.Equal(HttpStatusCode.Redirect, pdf.StatusCode);
        var pdfPage = await Client.GetStringAsync($"/preview/{pdf.Headers.Location!.OriginalString.Split('/')[3]}");
        Assert.Contains($"<a class=\"media-field\" href=\"/media/folder-{_suffix}.pdf?v=", pdfPage, StringComparison.Ordinal);

        // A path outside the library is refused.
        var outside = await Client.PostFormAsync("/admin/content/new/MediaNews", "/admin/content/new/MediaNews",
            [new("TitlePart.Title", "Ude"), new("MediaNews.Image.Paths", "../cache/x.png"), new("Submit", "publish")]);
        Assert.Contains("Vælg Billede fra mediebiblioteket.", await outside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<bool> EnsureTypeAsync() => Site.WithScopeAsync(async services =>
    {
        var definitions = services.GetRequiredService<ContentDefinitionManager>();
        if (await definitions.GetTypeAsync("MediaNews") is not null)
        {
            return true;
        }

        var field = new ContentPartFieldDefinition { Name = "Image", FieldName = MediaFieldDriver.FieldTypeName };
        field.Settings.SetSettings(new ContentPartFieldSettings { DisplayName = "Billede", Position = 0 });
        field.Settings.SetSettings(new MediaFieldSettings());
        await definitions.StorePartAsync(new ContentPartDefinition { Name = "MediaNews", Fields = [field] });
        var type = new ContentTypeDefinition { Name = "MediaNews", DisplayName = "Nyhed med billede" };
        type.Settings.SetSettings(new ContentTypeSettings { Creatable = true, Listable = true, Draftable = true, Versionable = true });
        type.Parts.Add(new ContentTypePartDefinition { Name = PartNames.Title, PartName = PartNames.Title });
        type.Parts.Add(new ContentTypePartDefinition { Name = "MediaNews", PartName = "MediaNews" });
        type.Parts[1].Settings.SetSettings(new ContentTypePartSettings { Position = 1 });
        await definitions.StoreTypeAsync(type);
        await services.GetRequiredService<LtkDbContext>().SaveChangesAsync();
        return true;
    });
}
