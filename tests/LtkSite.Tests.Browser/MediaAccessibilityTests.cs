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
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Medier", new() { UseInnerText = true });
        await Axe.AssertNoViolationsAsync(page);

        // A folder name without letters or digits: the summary links to the field.
        await page.GetByLabel("Mappenavn").FillAsync("...");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret mappe" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Mappenavnet skal indeholde bogstaver eller tal.", new() { UseInnerText = true });
        await Axe.AssertNoViolationsAsync(page);

        // A file that is not an image or PDF.
        await page.Locator("#MediaFile").SetInputFilesAsync(new FilePayload { Name = "program.jpg", MimeType = "image/jpeg", Buffer = "MZ not an image"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Filen er ikke et JPEG-, PNG-, WebP- eller GIF-billede", new() { UseInnerText = true });
        await Axe.AssertNoViolationsAsync(page);

        var name = "axe-" + Guid.NewGuid().ToString("N")[..6];
        await page.GetByLabel("Mappenavn").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret mappe" }).ClickAsync();
        await page.Locator("#MediaFile").SetInputFilesAsync(new FilePayload { Name = "Havnen.png", MimeType = "image/png", Buffer = TestImages.Png(SKColors.SeaGreen) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Filen havnen.png blev uploadet.", new() { UseInnerText = true });
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync($"/admin/media/delete?path={name}/havnen.png");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Slet havnen.png", new() { UseInnerText = true });
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Slet fil" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Filen havnen.png blev slettet.", new() { UseInnerText = true });
    }

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
