using System.Net;
using Cms.Contents.Metadata;
using Cms.Contents.Parts;
using Cms.Core.Data;
using Cms.Media.Fields;
using Cms.Media.Services;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

/// <summary>The Media field's picker in a large library: a folder filter, a search in file names and pages, without JavaScript.</summary>
public sealed class MediaPickerFilterTests(MediaSiteFixture fixture) : SiteTest<MediaSiteFixture>(fixture), IClassFixture<MediaSiteFixture>
{
    private const string Editor = "/admin/content/new/GalleryItem";

    [Fact]
    public async Task A_large_library_is_narrowed_by_folder_and_name_and_the_chosen_image_keeps_its_text()
    {
        await SetUpAsync();
        await Client.LoginAsAdminAsync();

        var first = WebUtility.HtmlDecode(await Client.GetStringAsync(Editor));
        Assert.Contains("35 filer passer; side 1 af 2.", first, StringComparison.Ordinal);
        Assert.Contains("<option value=\"raadhus\">raadhus</option>", first, StringComparison.Ordinal);

        List<KeyValuePair<string, string>> typed = [new("TitlePart.Title", "Galleri"), new("GalleryItem.Image.Folder", "raadhus")];
        var folder = await Client.PostFormAsync(Editor, Editor, [.. typed, new("EditorRefresh", "GalleryItem.Image.Page=1")]);
        Assert.Equal(HttpStatusCode.OK, folder.StatusCode);
        var inFolder = WebUtility.HtmlDecode(await folder.Content.ReadAsStringAsync());
        Assert.Contains("value=\"Galleri\"", inFolder, StringComparison.Ordinal);
        Assert.Contains("5 filer passer; side 1 af 1.", inFolder, StringComparison.Ordinal);
        Assert.Contains("value=\"raadhus/sal-3.png\"", inFolder, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"havn/baad-01.png\"", inFolder, StringComparison.Ordinal);

        // The chosen image stays on offer with its text when the filter moves on to another folder and a name.
        var searched = await Client.PostFormAsync(Editor, Editor,
        [
            new("TitlePart.Title", "Galleri"), new("GalleryItem.Image.Paths", "raadhus/sal-3.png"),
            new("GalleryItem.Image.MediaText.raadhus/sal-3.png", "Byrådssalen"),
            new("GalleryItem.Image.Folder", "havn"), new("GalleryItem.Image.Search", "BAAD-07"), new("EditorRefresh", "GalleryItem.Image.Page=1"),
        ]);
        var found = WebUtility.HtmlDecode(await searched.Content.ReadAsStringAsync());
        Assert.Contains("1 filer passer; side 1 af 1.", found, StringComparison.Ordinal);
        Assert.Contains("value=\"havn/baad-07.png\"", found, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"havn/baad-08.png\"", found, StringComparison.Ordinal);
        Assert.Contains("value=\"raadhus/sal-3.png\" checked=\"checked\"", found, StringComparison.Ordinal);
        Assert.Contains("value=\"Byrådssalen\"", found, StringComparison.Ordinal);

        var next = WebUtility.HtmlDecode(await (await Client.PostFormAsync(Editor, Editor, [new("EditorRefresh", "GalleryItem.Image.Page=2")])).Content.ReadAsStringAsync());
        Assert.Contains("35 filer passer; side 2 af 2.", next, StringComparison.Ordinal);

        var saved = await Client.PostFormAsync(Editor, Editor,
        [
            new("TitlePart.Title", "Galleri"), new("GalleryItem.Image.Paths", "raadhus/sal-3.png"),
            new("GalleryItem.Image.MediaText.raadhus/sal-3.png", "Byrådssalen"), new("GalleryItem.Image.Folder", "havn"), new("Submit", "publish"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("alt=\"Byrådssalen\"", WebUtility.HtmlDecode(await Client.GetStringAsync($"/preview/{saved.Headers.Location!.OriginalString.Split('/')[3]}")), StringComparison.Ordinal);
    }

    private Task<bool> SetUpAsync() => Site.WithScopeAsync(async services =>
    {
        var definitions = services.GetRequiredService<ContentDefinitionManager>();
        if (await definitions.GetTypeAsync("GalleryItem") is not null)
        {
            return true;
        }

        var store = services.GetRequiredService<IMediaFileStore>();
        var bytes = MediaTestFiles.Image(20, 20);
        foreach (var (folder, name, count) in new[] { ("havn", "baad", 30), ("raadhus", "sal", 5) })
        {
            await store.CreateFolderAsync(folder, default);
            for (var n = 1; n <= count; n++)
            {
                await using var content = new MemoryStream(bytes);
                await store.TryCreateFileAsync($"{folder}/{name}-{n:00}.png".Replace("sal-0", "sal-", StringComparison.Ordinal), content, default);
            }
        }

        var image = new ContentPartFieldDefinition { Name = "Image", FieldName = MediaFieldDriver.FieldTypeName };
        image.Settings.SetSettings(new ContentPartFieldSettings { DisplayName = "Billede" });
        image.Settings.SetSettings(new MediaFieldSettings { Required = true });
        await definitions.StorePartAsync(new ContentPartDefinition { Name = "GalleryItem", Fields = [image] });
        var type = new ContentTypeDefinition { Name = "GalleryItem", DisplayName = "Galleribillede" };
        type.Settings.SetSettings(new ContentTypeSettings { Creatable = true, Listable = true, Draftable = true });
        type.Parts.Add(new ContentTypePartDefinition { Name = PartNames.Title, PartName = PartNames.Title });
        type.Parts.Add(new ContentTypePartDefinition { Name = "GalleryItem", PartName = "GalleryItem" });
        await definitions.StoreTypeAsync(type);
        await services.GetRequiredService<LtkDbContext>().SaveChangesAsync();
        return true;
    });
}
