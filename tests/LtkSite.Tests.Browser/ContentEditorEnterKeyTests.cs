using Cms.Contents.Fields;
using Cms.Contents.Metadata;
using Cms.Contents.Parts;
using Cms.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>Enter in a text box of the content editor saves the item, also when a picker has its own search button.</summary>
public sealed class ContentEditorEnterKeyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    [Fact]
    public async Task Enter_in_the_title_saves_a_draft_instead_of_searching_the_content_picker()
    {
        await CreateTypeAsync();
        var page = await fixture.AdminPageAsync();
        await page.GotoAsync("/admin/content/new/EnterPage");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Søg", Exact = true })).ToBeVisibleAsync();

        var title = page.GetByLabel("Titel", new() { Exact = true });
        await title.FillAsync("Gemt med Enter");
        await title.PressAsync("Enter");

        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/admin/content/[^/]+/edit$"));
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("'Gemt med Enter' er gemt som kladde.", new() { UseInnerText = true });
        await Assertions.Expect(page.Locator(".content-state")).ToHaveTextAsync("Kladde", new() { UseInnerText = true });
        await Assertions.Expect(title).ToHaveValueAsync("Gemt med Enter");
        await Axe.AssertNoViolationsAsync(page, "editor after Enter");
        await page.Context.CloseAsync();
    }

    private Task<bool> CreateTypeAsync() => fixture.Site.WithScopeAsync(async services =>
    {
        var definitions = services.GetRequiredService<ContentDefinitionManager>();
        var related = new ContentPartFieldDefinition { Name = "Related", FieldName = FieldTypes.ContentPicker };
        related.Settings.SetSettings(new ContentPartFieldSettings { DisplayName = "Relateret" });
        related.Settings.SetSettings(new ContentPickerFieldSettings { DisplayAllContentTypes = true, Multiple = true });
        await definitions.StorePartAsync(new ContentPartDefinition { Name = "EnterPage", Fields = [related] });
        var type = new ContentTypeDefinition { Name = "EnterPage", DisplayName = "Enter-side" };
        type.Settings.SetSettings(new ContentTypeSettings { Creatable = true, Listable = true, Draftable = true, Versionable = true });
        type.Parts.Add(new ContentTypePartDefinition { Name = PartNames.Title, PartName = PartNames.Title });
        type.Parts.Add(new ContentTypePartDefinition { Name = "EnterPage", PartName = "EnterPage" });
        await definitions.StoreTypeAsync(type);
        await services.GetRequiredService<LtkDbContext>().SaveChangesAsync();
        return true;
    });

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
