using System.Net;
using Cms.Contents.Metadata;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Security;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class TemplateRenderingTests_Sqlite(SqliteSiteFixture fixture) : TemplateRenderingTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class TemplateRenderingTests_Postgres(PostgresSiteFixture fixture) : TemplateRenderingTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>Public pages through Liquid templates: which template wins, encoding, and overrides edited in the admin.</summary>
public abstract class TemplateRenderingTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    [Fact]
    public async Task The_most_specific_template_wins_and_an_override_beats_the_theme_file()
    {
        await DefineTypeAsync("TplNotice");
        await PublishAsync("TplNotice", "Særlig meddelelse", "tpl-saerlig");
        await PublishAsync("TplNotice", "Almindelig meddelelse", "tpl-almindelig");
        await Client.LoginAsAdminAsync();
        using var visitor = Site.CreateClient();

        // No template for the type: the theme's Content.liquid shows the title as the heading.
        var plain = await visitor.GetStringAsync("/tpl-saerlig");
        Assert.Contains("<h1>Særlig meddelelse</h1>", plain, StringComparison.Ordinal);
        Assert.Contains("class=\"content-item content-tplnotice\"", plain, StringComparison.Ordinal);

        await SaveOverrideAsync("Content-TplNotice", "<p class=\"by-type\">TYPE {{ Model.ContentItem.Content.TitlePart.Title }}</p>", isNew: true);
        Assert.Contains("<p class=\"by-type\">TYPE Særlig meddelelse</p>", await visitor.GetStringAsync("/tpl-saerlig"), StringComparison.Ordinal);

        await SaveOverrideAsync("Content-TplNotice-tpl-saerlig", "<p class=\"by-slug\">SLUG {{ Model.ContentItem.DisplayText }}</p>", isNew: true);
        var special = await visitor.GetStringAsync("/tpl-saerlig");
        Assert.Contains("<p class=\"by-slug\">SLUG Særlig meddelelse</p>", special, StringComparison.Ordinal);
        Assert.DoesNotContain("by-type", special, StringComparison.Ordinal);
        Assert.Contains("<p class=\"by-type\">TYPE Almindelig meddelelse</p>", await visitor.GetStringAsync("/tpl-almindelig"), StringComparison.Ordinal);

        // The theme's Content.liquid is overridden for every type without a template of its own.
        await DefineTypeAsync("TplOther");
        await PublishAsync("TplOther", "Andet", "tpl-andet");
        await SaveOverrideAsync("Content", "<p class=\"site-wide\">{{ Model.Title }}</p>", isNew: false);
        Assert.Contains("<p class=\"site-wide\">Andet</p>", await visitor.GetStringAsync("/tpl-andet"), StringComparison.Ordinal);
        await DeleteOverrideAsync("Content");
        Assert.Contains("<h1>Andet</h1>", await visitor.GetStringAsync("/tpl-andet"), StringComparison.Ordinal);

        var list = await Client.GetStringAsync("/admin/templates");
        Assert.Contains("data-template=\"Content-TplNotice-tpl-saerlig\"", list, StringComparison.Ordinal);
        Assert.Contains("data-template=\"Content-Page\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_is_html_encoded()
    {
        await DefineTypeAsync("TplEncoded");
        await PublishAsync("TplEncoded", "<script>alert('x')</script> & co", "tpl-kodet");
        using var visitor = Site.CreateClient();

        var html = await visitor.GetStringAsync("/tpl-kodet");
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; co", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_with_a_syntax_error_is_refused_with_its_line_and_the_old_one_stays_live()
    {
        await DefineTypeAsync("TplBroken");
        await PublishAsync("TplBroken", "Virker stadig", "tpl-virker");
        await Client.LoginAsAdminAsync();
        await SaveOverrideAsync("Content-TplBroken", "<p class=\"good\">GOOD {{ Model.Title }}</p>", isNew: true);

        var broken = "<p>first line</p>\n<p>second</p>\n{% if Model.Title %}\n<p>never closed</p>";
        var response = await Client.PostFormAsync("/admin/templates/edit?name=Content-TplBroken", "/admin/templates/save",
            [new("name", "Content-TplBroken"), new("content", broken), new("isNew", "false")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("class=\"error-summary\"", page, StringComparison.Ordinal);
        Assert.Matches("id=\"Content-error\">Skabelonen har en fejl i linje [0-9]+: ", page);
        // What the user typed is kept.
        Assert.Contains("&lt;p&gt;never closed&lt;/p&gt;</textarea>", page, StringComparison.Ordinal);

        using var visitor = Site.CreateClient();
        Assert.Contains("<p class=\"good\">GOOD Virker stadig</p>", await visitor.GetStringAsync("/tpl-virker"), StringComparison.Ordinal);
        Assert.Contains("GOOD {{ Model.Title }}", WebUtility.HtmlDecode(await Client.GetStringAsync("/admin/templates/edit?name=Content-TplBroken")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_an_override_brings_back_the_theme_file_and_both_are_audited()
    {
        await DefinePageTypeAsync();
        await PublishAsync("Page", "Om rådet", "tpl-om-raadet", body: "<p>Rådet rådgiver kommunen.</p>");
        await Client.LoginAsAdminAsync();
        using var visitor = Site.CreateClient();

        var theme = await visitor.GetStringAsync("/tpl-om-raadet");
        Assert.Contains("<div class=\"page-body\"><p>Rådet rådgiver kommunen.</p></div>", theme, StringComparison.Ordinal);

        await SaveOverrideAsync("Content-Page", "<p class=\"overridden\">{{ Model.Title }}</p>", isNew: false);
        var overridden = await visitor.GetStringAsync("/tpl-om-raadet");
        Assert.Contains("<p class=\"overridden\">Om rådet</p>", overridden, StringComparison.Ordinal);
        Assert.DoesNotContain("page-body", overridden, StringComparison.Ordinal);

        await DeleteOverrideAsync("Content-Page");
        Assert.Contains("<div class=\"page-body\"><p>Rådet rådgiver kommunen.</p></div>", await visitor.GetStringAsync("/tpl-om-raadet"), StringComparison.Ordinal);

        var audit = await Client.GetStringAsync("/admin/audit?category=Templates");
        Assert.Contains("Content-Page", audit, StringComparison.Ordinal);
        var events = await Site.WithScopeAsync(async services => await services.GetRequiredService<LtkDbContext>().Set<AuditTrailEvent>()
            .Where(e => e.Category == "Templates" && e.ObjectId == "Content-Page").Select(e => e.EventName).ToListAsync());
        Assert.Equal(["Saved", "Deleted"], events);
    }

    [Fact]
    public async Task An_editor_cannot_open_or_change_templates()
    {
        await Site.CreateUserAsync("editor-templates", "Editor-password-1", CmsRoles.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.LoginAsync("editor-templates", "Editor-password-1")).StatusCode);

        foreach (var url in new[] { "/admin/templates", "/admin/templates/create", "/admin/templates/edit?name=Content" })
        {
            var response = await Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/access-denied", response.Headers.Location!.AbsolutePath);
        }

        var post = await Client.PostFormAsync("/admin", "/admin/templates/save", [new("name", "Content"), new("content", "hacked"), new("isNew", "false")]);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/access-denied", post.Headers.Location!.AbsolutePath);
        Assert.DoesNotContain(">Skabeloner<", await Client.GetStringAsync("/admin"), StringComparison.Ordinal);
    }

    private async Task SaveOverrideAsync(string name, string content, bool isNew)
    {
        var form = isNew ? "/admin/templates/create" : "/admin/templates/edit?name=" + Uri.EscapeDataString(name);
        var response = await Client.PostFormAsync(form, "/admin/templates/save", [new("name", name), new("content", content), new("isNew", isNew ? "true" : "false")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/templates", response.Headers.Location!.OriginalString);
    }

    private async Task DeleteOverrideAsync(string name)
    {
        var response = await Client.PostFormAsync("/admin/templates", "/admin/templates/delete", [new("name", name)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task PublishAsync(string type, string title, string path, string? body = null)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var contents = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var item = await contents.NewAsync(type);
        item.Part(PartNames.Title)["Title"] = title;
        item.Part(PartNames.Autoroute)["Path"] = path;
        if (body is not null)
        {
            item.Part(PartNames.HtmlBody)["Html"] = body;
        }

        await contents.CreateAsync(item, publish: true);
    }

    private Task DefineTypeAsync(string name) => StoreTypeAsync(name, PartNames.Title, PartNames.Autoroute);

    private async Task DefinePageTypeAsync()
    {
        // The seeded Page has a Markdown body; these tests need the HTML body the theme's Content-Page renders verbatim.
        var hasHtmlBody = await Site.WithScopeAsync(async services => (await services.GetRequiredService<ContentDefinitionManager>().GetTypeAsync("Page"))?.HasPart(PartNames.HtmlBody) == true);
        if (!hasHtmlBody)
        {
            await StoreTypeAsync("Page", PartNames.Title, PartNames.Autoroute, PartNames.HtmlBody);
        }
    }

    private async Task StoreTypeAsync(string name, params string[] parts)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var type = new ContentTypeDefinition
        {
            Name = name,
            DisplayName = name,
            Parts = [.. parts.Select(p => new ContentTypePartDefinition { Name = p, PartName = p })],
        };
        type.Settings.SetSettings(new ContentTypeSettings { Creatable = true, Listable = true, Draftable = true });
        await scope.ServiceProvider.GetRequiredService<ContentDefinitionManager>().StoreTypeAsync(type);
        await scope.ServiceProvider.GetRequiredService<LtkDbContext>().SaveChangesAsync();
    }
}
