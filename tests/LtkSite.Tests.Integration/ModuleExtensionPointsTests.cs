using System.Net;
using System.Text.Json.Nodes;
using Cms.Contents.Metadata;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using Cms.Core.Data;
using LtkSite.Testing;
using LtkSite.Tests.Modules;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

/// <summary>The site with the test module Test.Extensions added beside the host's modules, as a deployed module would be.</summary>
public sealed class ExtensionSiteFixture : SiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override SiteFactory CreateSite(TestDatabase database) => new ExtensionSiteFactory(database);

    private sealed class ExtensionSiteFactory(TestDatabase database) : SiteFactory(database)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cms:AdditionalModules", typeof(RatingPartDriver).Assembly.GetName().Name);
        }
    }
}

/// <summary>
/// A module adds parts with their settings, field types with theirs, reserved paths, audit categories, rate limits, dashboard widgets and
/// optional start-ups through its Startup alone: the test module does, and the site uses each without a change in
/// Cms.Contents. The extension points do not depend on the database, so SQLite is enough here.
/// </summary>
public sealed class ModuleExtensionPointsTests(ExtensionSiteFixture fixture) : SiteTest<ExtensionSiteFixture>(fixture), IClassFixture<ExtensionSiteFixture>
{
    private const string Type = "RatedEvent";

    [Fact]
    public async Task A_part_from_another_module_is_offered_in_the_type_editor_with_its_own_settings_and_edits_items()
    {
        await Client.LoginAsAdminAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/content-types/create", "/admin/content-types/create", [new("DisplayName", "Rated event"), new("Name", Type)])).StatusCode);
        var edit = await Client.GetStringAsync($"/admin/content-types/{Type}");
        Assert.Contains($"<option value=\"{RatingPartDriver.Name}\">", edit, StringComparison.Ordinal);
        // Cms.Menus' AliasPart is offered the same way: no list in Cms.Contents names either.
        Assert.Contains("<option value=\"AliasPart\">", edit, StringComparison.Ordinal);

        var added = await Client.PostFormAsync($"/admin/content-types/{Type}", $"/admin/content-types/{Type}/parts/add", [new("PartName", RatingPartDriver.Name)]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains($"href=\"/admin/content-types/{Type}/parts/{RatingPartDriver.Name}\"", await Client.GetStringAsync($"/admin/content-types/{Type}"), StringComparison.Ordinal);

        var settingsUrl = $"/admin/content-types/{Type}/parts/{RatingPartDriver.Name}";
        Assert.Contains("value=\"5\"", await Client.GetStringAsync(settingsUrl), StringComparison.Ordinal);
        var refused = await Client.PostFormAsync(settingsUrl, settingsUrl, [new("MaxStars", "0")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#MaxStars\">Enter the most stars as a whole number from 1 to 10.</a>", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"MaxStars-error\"", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"0\"", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync(settingsUrl, settingsUrl, [new("MaxStars", "3")])).StatusCode);
        var stored = await Site.WithScopeAsync(s => s.GetRequiredService<ContentDefinitionManager>().GetTypeAsync(Type));
        Assert.Equal(3, stored!.FindPart(RatingPartDriver.Name)!.Settings.GetSettings<RatingPartSettings>().MaxStars);

        // The part's driver edits items of the type, with the setting it was given.
        var tooMany = await Client.PostFormAsync($"/admin/content/new/{Type}", $"/admin/content/new/{Type}",
            [new("TitlePart.Title", "Sommerfest"), new("RatingPart.Stars", "4"), new("Submit", "draft")]);
        Assert.Equal(HttpStatusCode.OK, tooMany.StatusCode);
        var tooManyHtml = await tooMany.Content.ReadAsStringAsync();
        Assert.Contains("Give from 1 to 3 stars.", tooManyHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Sommerfest\"", tooManyHtml, StringComparison.Ordinal);
        var created = await Client.PostFormAsync($"/admin/content/new/{Type}", $"/admin/content/new/{Type}",
            [new("TitlePart.Title", "Sommerfest"), new("RatingPart.Stars", "3"), new("Submit", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.Headers.Location!.OriginalString.Split('/')[3];
        var item = await Site.WithScopeAsync(s => s.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest));
        Assert.Equal(3, item!.Part(RatingPartDriver.Name)["Stars"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_field_and_a_part_written_on_the_driver_base_classes_edit_validate_store_and_show()
    {
        const string starred = "StarredEvent";
        var recipe = new JsonObject
        {
            ["name"] = "StarredTypes",
            ["steps"] = new JsonArray(new JsonObject
            {
                ["name"] = "ContentDefinition",
                ["ContentTypes"] = new JsonArray(new JsonObject
                {
                    ["Name"] = starred,
                    ["DisplayName"] = "Starred event",
                    ["Settings"] = new JsonObject { ["ContentTypeSettings"] = new JsonObject { ["Creatable"] = true, ["Listable"] = true } },
                    ["ContentTypePartDefinitionRecords"] = new JsonArray(
                        new JsonObject { ["PartName"] = PartNames.Title, ["Name"] = PartNames.Title },
                        new JsonObject { ["PartName"] = starred, ["Name"] = starred },
                        new JsonObject { ["PartName"] = RatingPartDriver.Name, ["Name"] = RatingPartDriver.Name, ["Settings"] = new JsonObject { ["RatingPartSettings"] = new JsonObject { ["MaxStars"] = 4 } } },
                        new JsonObject { ["PartName"] = PartNames.Autoroute, ["Name"] = PartNames.Autoroute }),
                }),
                ["ContentParts"] = new JsonArray(new JsonObject
                {
                    ["Name"] = starred,
                    ["ContentPartFieldDefinitionRecords"] = new JsonArray(new JsonObject
                    {
                        ["FieldName"] = nameof(StarsField),
                        ["Name"] = "Stars",
                        ["Settings"] = new JsonObject
                        {
                            ["ContentPartFieldSettings"] = new JsonObject { ["DisplayName"] = "Stjerner" },
                            ["StarsFieldSettings"] = new JsonObject { ["Max"] = 3, ["Required"] = true },
                        },
                    }),
                }),
            }),
        }.ToJsonString();
        var ok = await Site.RunRecipeAsync(recipe);
        Assert.True(ok.Succeeded, ok.Error);
        await Client.LoginAsAdminAsync();

        // The field's editor shows with its label and the data its driver gave (the most stars), beside the part's.
        var editor = await Client.GetStringAsync($"/admin/content/new/{starred}");
        Assert.Contains("<label class=\"form-label\" for=\"StarredEvent.Stars.Stars\">Stjerner</label>", editor, StringComparison.Ordinal);
        Assert.Contains("name=\"StarredEvent.Stars.Stars\" value=\"\" inputmode=\"numeric\" data-max-stars=\"3\"", editor, StringComparison.Ordinal);
        Assert.Contains("name=\"RatingPart.Stars\"", editor, StringComparison.Ordinal);

        // Both validate with their settings, and what was typed stays.
        var refused = await Client.PostFormAsync($"/admin/content/new/{starred}", $"/admin/content/new/{starred}",
            [new("TitlePart.Title", "Jazzaften"), new("StarredEvent.Stars.Stars", "5"), new("RatingPart.Stars", "9"), new("AutoroutePart.Path", "jazzaften"), new("Submit", "publish")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#StarredEvent.Stars.Stars\">Give Stjerner from 1 to 3.</a>", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("<span class=\"form-error-message\" id=\"StarredEvent.Stars.Stars-error\">Give Stjerner from 1 to 3.</span>", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("Give from 1 to 4 stars.", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("name=\"StarredEvent.Stars.Stars\" value=\"5\"", refusedHtml, StringComparison.Ordinal);
        var missing = await Client.PostFormAsync($"/admin/content/new/{starred}", $"/admin/content/new/{starred}",
            [new("TitlePart.Title", "Jazzaften"), new("StarredEvent.Stars.Stars", ""), new("RatingPart.Stars", "4"), new("Submit", "publish")]);
        Assert.Contains("Give Stjerner.", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Stored in the field's and the part's own shapes.
        var created = await Client.PostFormAsync($"/admin/content/new/{starred}", $"/admin/content/new/{starred}",
            [new("TitlePart.Title", "Jazzaften"), new("StarredEvent.Stars.Stars", "2"), new("RatingPart.Stars", "4"), new("AutoroutePart.Path", "jazzaften"), new("Submit", "publish")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.Headers.Location!.OriginalString.Split('/')[3];
        var item = await Site.WithScopeAsync(s => s.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Published));
        Assert.Equal("{\"Stars\":{\"Stars\":2}}", item!.Content[starred]!.ToJsonString());
        Assert.Equal("{\"Stars\":4}", item.Content[RatingPartDriver.Name]!.ToJsonString());

        // The editor reads the stored values back, and the public page shows both drivers' display.
        Assert.Contains("name=\"StarredEvent.Stars.Stars\" value=\"2\"", await Client.GetStringAsync($"/admin/content/{id}/edit"), StringComparison.Ordinal);
        using var visitor = Site.CreateClient();
        var page = await visitor.GetStringAsync("/jazzaften");
        Assert.Contains("<h2 class=\"content-field-label\">Stjerner</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"stars\">2 of 3 stars</span>", page, StringComparison.Ordinal);
        Assert.Contains("4 of 4 stars", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_field_type_from_another_module_is_offered_with_its_own_settings_editor()
    {
        await Client.LoginAsAdminAsync();
        const string type = "GradedCourse";
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/content-types/create", "/admin/content-types/create", [new("DisplayName", "Graded course"), new("Name", type)])).StatusCode);
        Assert.Contains($"<option value=\"{GradeFieldDriver.Name}\"", await Client.GetStringAsync($"/admin/content-types/{type}/fields/add"), StringComparison.Ordinal);
        var added = await Client.PostFormAsync($"/admin/content-types/{type}/fields/add", $"/admin/content-types/{type}/fields/add",
            [new("DisplayName", "Karakter"), new("TechnicalName", ""), new("FieldType", GradeFieldDriver.Name)]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        // Step 2 shows the module's own settings under the common ones.
        var url = added.Headers.Location!.OriginalString;
        var page = await Client.GetStringAsync(url);
        Assert.Contains("id=\"Required\"", page, StringComparison.Ordinal);
        Assert.Contains("<input class=\"form-input\" id=\"Highest\" name=\"Highest\" value=\"12\"", page, StringComparison.Ordinal);
        var refused = await Client.PostFormAsync(url, url, [new("DisplayName", "Karakter"), new("Position", "0"), new("Highest", "0")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#Highest\">Enter the highest grade as a whole number from 1 to 100.</a>", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"Highest-error\"", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync(url, url, [new("DisplayName", "Karakter"), new("Position", "0"), new("Highest", "7")])).StatusCode);

        // The field's driver edits items with the setting it was given.
        var tooHigh = await Client.PostFormAsync($"/admin/content/new/{type}", $"/admin/content/new/{type}",
            [new("TitlePart.Title", "Dansk for begyndere"), new($"{type}.Karakter.Value", "10"), new("Submit", "draft")]);
        Assert.Equal(HttpStatusCode.OK, tooHigh.StatusCode);
        Assert.Contains("Give a grade from 0 to 7.", await tooHigh.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recipe_may_use_a_part_another_module_registers_and_is_told_which_parts_exist()
    {
        static string Recipe(string partName) => new JsonObject
        {
            ["name"] = "RatedTypes",
            ["steps"] = new JsonArray(new JsonObject
            {
                ["name"] = "ContentDefinition",
                ["ContentTypes"] = new JsonArray(new JsonObject
                {
                    ["Name"] = "RatedVenue",
                    ["DisplayName"] = "Rated venue",
                    ["ContentTypePartDefinitionRecords"] = new JsonArray(
                        new JsonObject { ["PartName"] = PartNames.Title, ["Name"] = PartNames.Title },
                        new JsonObject { ["PartName"] = partName, ["Name"] = partName, ["Settings"] = new JsonObject { ["RatingPartSettings"] = new JsonObject { ["MaxStars"] = 4 } } }),
                }),
            }),
        }.ToJsonString();

        var ok = await Site.RunRecipeAsync(Recipe(RatingPartDriver.Name));
        Assert.True(ok.Succeeded, ok.Error);
        var type = await Site.WithScopeAsync(s => s.GetRequiredService<ContentDefinitionManager>().GetTypeAsync("RatedVenue"));
        Assert.Equal(4, type!.FindPart(RatingPartDriver.Name)!.Settings.GetSettings<RatingPartSettings>().MaxStars);

        Site.Logs.ExpectContaining("failed at step ContentDefinition");
        var refused = await Site.RunRecipeAsync(Recipe("NoSuchPart"));
        Assert.False(refused.Succeeded);
        Assert.Contains("uses part 'NoSuchPart'", refused.Error, StringComparison.Ordinal);
        Assert.Contains(RatingPartDriver.Name, refused.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("test-reserved/a", false)]
    [InlineData("test-needs-menus/a", false)]
    [InlineData("test-needs-absent/a", true)]
    [InlineData("media/a", false)]
    public async Task Reserved_paths_come_from_the_modules_and_optional_start_ups_run_only_when_their_modules_are_present(string path, bool allowed)
    {
        await Site.DefinePlainPageAsync();
        var error = await Record.ExceptionAsync(() => Site.PublishPlainPageAsync("Reserved " + path, path));

        if (allowed)
        {
            Assert.Null(error);
            Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/" + path)).StatusCode);
        }
        else
        {
            var refused = Assert.IsType<ContentValidationException>(error);
            Assert.Contains(refused.Errors, e => e.Key == "AutoroutePart.Path" && e.Message.Contains("reserved", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task The_modules_page_says_which_optional_integrations_are_on()
    {
        await Client.LoginAsAdminAsync();
        var html = await Client.GetStringAsync("/admin/modules");

        Assert.Contains("<li data-optional-startup=\"MenusIntegrationStartup\">Med Cms.Menus: til</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li data-optional-startup=\"ContentWorkflowsStartup\">Med Cms.Workflows: til</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li data-optional-startup=\"AbsentModuleIntegrationStartup\">Med Test.Absent: fra (Test.Absent er ikke en del af sitet)</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_trail_filter_lists_every_category_a_module_registers()
    {
        await Client.LoginAsAdminAsync();
        var html = await Client.GetStringAsync("/admin/audit");

        foreach (var (name, display) in new[] { ("Content", "Indhold"), ("User", "Bruger"), ("Media", "Mediebibliotek"), ("Templates", "Skabeloner"), ("Recipe", "Opskrift"), ("TestExtensions", "Test extensions") })
        {
            Assert.Contains($"<option value=\"{name}\">{display}</option>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_rate_limit_policy_a_module_registers_answers_429_once_used_up()
    {
        for (var i = 0; i < Startup.RateLimitPermits; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/test-limited")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await Client.GetAsync("/test-limited")).StatusCode);
    }

    [Fact]
    public async Task The_dashboard_shows_the_widgets_modules_add_to_those_who_may_see_them()
    {
        await Site.PublishPlainPageAsync("Dashboard news " + Guid.NewGuid().ToString("N")[..6], "dashboard-news-" + Guid.NewGuid().ToString("N")[..6]);
        await Client.LoginAsAdminAsync();
        var admin = await Client.GetStringAsync("/admin");
        Assert.Contains("Test widget</h2>", admin, StringComparison.Ordinal);
        Assert.Contains("Signed in as admin.", admin, StringComparison.Ordinal);
        Assert.Contains("Senest ændret</h2>", admin, StringComparison.Ordinal);
        Assert.Contains("Dashboard news ", admin, StringComparison.Ordinal);

        // A user who may open the admin but edits no content gets no content widget.
        await Site.WithScopeAsync(async s =>
        {
            var roles = s.GetRequiredService<Microsoft.AspNetCore.Identity.RoleManager<Cms.Core.Security.CmsRole>>();
            var role = new Cms.Core.Security.CmsRole("DashboardViewer");
            await roles.CreateAsync(role);
            await Cms.Core.Security.RolesRecipeStep.SetPermissionsAsync(roles, role, new HashSet<string> { "AccessAdminPanel" });
            return true;
        });
        await Site.CreateUserAsync("dashboard-secretary", "Secretary-password-1", "DashboardViewer");
        using var secretary = Site.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await secretary.LoginAsync("dashboard-secretary", "Secretary-password-1")).StatusCode);
        var page = await secretary.GetStringAsync("/admin");
        Assert.Contains("Test widget</h2>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Senest ændret</h2>", page, StringComparison.Ordinal);
    }
}
