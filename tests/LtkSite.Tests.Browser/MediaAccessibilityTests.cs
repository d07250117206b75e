using Microsoft.Playwright;
using SkiaSharp;

namespace LtkSite.Tests.Browser;

/// <summary>WCAG 2.1 AA through axe-core on the media library pages: the list, errors, an uploaded image, the delete confirmation.</summary>
public sealed class MediaAccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    [Fact]
    public async Task Media_list_errors_upload_and_delete_pages_have_no_axe_violations()
    {
        var page = await fixture.AdminPageAsync();
        await page.GotoAsync("/admin/media");
        Assert.Equal("Medier", await page.Locator("h1").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);

        // A folder name without letters or digits: the summary links to the field.
        await page.GetByLabel("Mappenavn").FillAsync("...");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret mappe" }).ClickAsync();
        Assert.Contains("Mappenavnet skal indeholde bogstaver eller tal.", await page.Locator(".error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);

        // A file that is not an image or PDF.
        await page.Locator("#MediaFile").SetInputFilesAsync(new FilePayload { Name = "program.jpg", MimeType = "image/jpeg", Buffer = "MZ not an image"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        Assert.Contains("Filen er ikke et JPEG-, PNG-, WebP- eller GIF-billede", await page.Locator(".error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);

        var name = "axe-" + Guid.NewGuid().ToString("N")[..6];
        await page.GetByLabel("Mappenavn").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret mappe" }).ClickAsync();
        await page.Locator("#MediaFile").SetInputFilesAsync(new FilePayload { Name = "Havnen.png", MimeType = "image/png", Buffer = TestImages.Png(SKColors.SeaGreen) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        Assert.Contains("Filen havnen.png blev uploadet.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync($"/admin/media/delete?path={name}/havnen.png");
        Assert.Equal("Slet havnen.png", await page.Locator("h1").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Slet fil" }).ClickAsync();
        Assert.Contains("Filen havnen.png blev slettet.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
