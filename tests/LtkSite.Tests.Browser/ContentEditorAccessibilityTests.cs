using Cms.Contents.Fields;
using Cms.Contents.Metadata;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using Cms.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>WCAG 2.1 AA through axe-core on the content editor's pages: list, editor (also with errors), history, comparison, public page.</summary>
public sealed class ContentEditorAccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    [Fact]
    public async Task Content_pages_have_no_axe_violations()
    {
        var (id, first, second) = await CreateTypeAndItemAsync();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("Brugernavn").FillAsync("admin");
        await page.GetByLabel("Adgangskode").FillAsync(LtkSite.Testing.SiteFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");

        foreach (var path in new[]
        {
            "/admin/content",
            "/admin/content/new/AxePage",
            $"/admin/content/{id}/edit",
            $"/admin/content/{id}/versions",
            $"/admin/content/{id}/versions/compare?a={first}&b={second}",
            "/tilgaengelig-side",
            $"/preview/{id}",
        })
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Status == 200, $"{path}: {response.Status}");
            await Axe.AssertNoViolationsAsync(page, path);
        }

        // The editor with errors: summary at the top, message at each field, links that move the focus.
        await page.GotoAsync("/admin/content/new/AxePage");
        await page.GetByLabel("Antal").FillAsync("mange");
        await page.GetByRole(AriaRole.Button, new() { Name = "Udgiv", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary li").Nth(1)).ToBeVisibleAsync();
        await page.Locator(".error-summary a").First.ClickAsync();
        await Assertions.Expect(page.Locator("[id='TitlePart.Title']")).ToBeFocusedAsync();
        await Axe.AssertNoViolationsAsync(page, "editor with errors");
        await page.Context.CloseAsync();
    }

    private Task<(string Id, string First, string Second)> CreateTypeAndItemAsync() =>
        fixture.Site.WithScopeAsync(async services =>
        {
            var definitions = services.GetRequiredService<ContentDefinitionManager>();
            var fields = new (string Name, string Label, string Type, object Settings, string? Editor)[]
            {
                ("Intro", "Intro", FieldTypes.Text, new TextFieldSettings { Required = true, Hint = "En kort indledning." }, null),
                ("Notes", "Noter", FieldTypes.Text, new TextFieldSettings(), "TextArea"),
                ("Summary", "Resumé", FieldTypes.Markdown, new MarkdownFieldSettings(), null),
                ("Extra", "Ekstra", FieldTypes.Html, new HtmlFieldSettings(), null),
                ("Count", "Antal", FieldTypes.Numeric, new NumericFieldSettings(), null),
                ("Featured", "Fremhævet", FieldTypes.Boolean, new BooleanFieldSettings(), null),
                ("Day", "Dag", FieldTypes.Date, new DateFieldSettings(), null),
                ("Starts", "Starter", FieldTypes.DateTime, new DateTimeFieldSettings { Hint = "Hvornår det begynder." }, null),
                ("Opens", "Åbner", FieldTypes.Time, new TimeFieldSettings(), null),
                ("More", "Mere info", FieldTypes.Link, new LinkFieldSettings(), null),
                ("Mail", "Kontakt", FieldTypes.Email, new EmailFieldSettings(), null),
                ("Kind", "Slags", FieldTypes.Choice, new ChoiceFieldSettings { Options = [new() { Name = "En", Value = "a" }, new() { Name = "To", Value = "b" }] }, null),
                ("Tags", "Emner", FieldTypes.Choice, new ChoiceFieldSettings { Multiple = true, Options = [new() { Name = "Kultur", Value = "k" }, new() { Name = "Sport", Value = "s" }] }, null),
                ("Related", "Relateret", FieldTypes.ContentPicker, new ContentPickerFieldSettings { DisplayAllContentTypes = true, Multiple = true }, null),
            };
            var part = new ContentPartDefinition { Name = "AxePage" };
            for (var i = 0; i < fields.Length; i++)
            {
                var (name, label, type, settings, editor) = fields[i];
                var field = new ContentPartFieldDefinition { Name = name, FieldName = type };
                field.Settings.SetSettings(new ContentPartFieldSettings { DisplayName = label, Position = i, Editor = editor });
                field.Settings[settings.GetType().Name] = System.Text.Json.JsonSerializer.SerializeToNode(settings, SettingsJson.Options);
                part.Fields.Add(field);
            }

            await definitions.StorePartAsync(part);
            var pageType = new ContentTypeDefinition { Name = "AxePage", DisplayName = "Side" };
            pageType.Settings.SetSettings(new ContentTypeSettings { Creatable = true, Listable = true, Draftable = true, Versionable = true });
            var parts = new[] { PartNames.Title, PartNames.Localization, PartNames.Autoroute, PartNames.HtmlBody, PartNames.Seo, PartNames.List, "AxePage" };
            for (var i = 0; i < parts.Length; i++)
            {
                var typePart = new ContentTypePartDefinition { Name = parts[i], PartName = parts[i] };
                typePart.Settings.SetSettings(new ContentTypePartSettings { Position = i });
                pageType.Parts.Add(typePart);
            }

            pageType.FindPart(PartNames.List)!.Settings.SetSettings(new ListPartSettings { ContainedContentTypes = ["AxePage"] });
            await definitions.StoreTypeAsync(pageType);
            await services.GetRequiredService<LtkDbContext>().SaveChangesAsync();

            var manager = services.GetRequiredService<ContentManager>();
            var item = await manager.NewAsync("AxePage");
            item.Part(PartNames.Title)["Title"] = "Tilgængelig side";
            item.Part(PartNames.HtmlBody)["Html"] = "<p>Første udgave.</p>";
            item.Part("AxePage")["Intro"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = "Første intro" };
            var created = await manager.CreateAsync(item, publish: true);
            var edited = (await manager.GetAsync(created.ContentItemId, VersionOptions.Latest))!;
            edited.Part("AxePage")["Intro"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = "Anden intro" };
            var second = await manager.UpdateAsync(edited, created.ContentItemVersionId, publish: false);
            return (created.ContentItemId, created.ContentItemVersionId, second.ContentItemVersionId);
        });

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
