using System.Net;
using System.Text.RegularExpressions;
using System.Security.Claims;
using Cms.Contents;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Security;
using LtkSite.Testing;
using LtkSite.Tests.Integration.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Grants;

public sealed class GrantFormTests_Sqlite(SqliteGrantSiteFixture fixture) : GrantFormTests<SqliteGrantSiteFixture>(fixture), IClassFixture<SqliteGrantSiteFixture>;

public sealed class GrantFormTests_Postgres(PostgresGrantSiteFixture fixture) : GrantFormTests<PostgresGrantSiteFixture>(fixture), IClassFixture<PostgresGrantSiteFixture>;

/// <summary>
/// A citizen applying through /ansoeg-om-stoette of the setup recipe: the budget step, its warnings and errors, the
/// attachments step and the privacy notice, on a site whose clock stands at 10.01.2027 (first meeting 04.03.2027).
/// </summary>
public abstract partial class GrantFormTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : GrantSiteFixture
{
    private const string Url = "/ansoeg-om-stoette";

    [Fact]
    public async Task A_citizen_fills_the_budget_adds_and_removes_a_line_fixes_an_amount_attaches_a_pdf_and_the_receipt_lists_the_lines()
    {
        using var citizen = Site.CreateClient();
        var form = new FormSession(citizen, Url);
        await form.OpenAsync();
        Assert.Contains("Trin 1 af 5", form.Text, StringComparison.Ordinal);
        await form.PostAsync("next", Applicant());
        await form.PostAsync("next", Project());
        Assert.Contains("Trin 3 af 5", form.Text, StringComparison.Ordinal);
        Assert.Contains("Samlet budget: 0 kr.", form.Text, StringComparison.Ordinal);

        // Two lines typed the Danish way, then one more by the button: everything typed is still there.
        await form.PostAsync("refresh:GrantBudgetPart.BudgetLines.Add", Budget(("Leje af lokale", "2.500"), ("Mad og drikke", "10.000")));
        Assert.Contains("Trin 3 af 5", form.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Der er et problem", form.Text, StringComparison.Ordinal);
        Assert.Contains("value=\"Leje af lokale\"", form.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"10.000\"", form.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"GrantBudgetPart.BudgetLines[2].Item\"", form.Html, StringComparison.Ordinal);
        Assert.Contains("Samlet budget: 12.500 kr.", form.Text, StringComparison.Ordinal);
        Assert.Contains("value=\"01.02.2027\"", form.Html, StringComparison.Ordinal);

        // The third line filled, then removed again by its own button.
        await form.PostAsync("refresh:GrantBudgetPart.BudgetLines.Remove=3", Budget(("Leje af lokale", "2.500"), ("Mad og drikke", "10.000"), ("Plakater", "750")));
        Assert.DoesNotContain("Plakater", form.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"GrantBudgetPart.BudgetLines[2].Item\"", form.Html, StringComparison.Ordinal);
        Assert.Contains("Fjern budgetlinje 2", form.Text, StringComparison.Ordinal);

        // A mistake in an amount, and more applied for than the budget: each at its input and in the summary.
        await form.PostAsync("next", Budget(("Leje af lokale", "2.500"), ("Mad og drikke", "ti tusind")).Append(new("GrantBudgetPart.AmountAppliedFor", "20.000")));
        Assert.Contains("Trin 3 af 5", form.Text, StringComparison.Ordinal);
        Assert.Contains("Der er et problem", form.Text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#GrantBudgetPart.BudgetLines[1].Amount\">Budgetlinje 2: skriv beløbet i kroner, fx 2500 eller 2.500.</a>", Decoded(form), StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(form.Text, "Budgetlinje 2: skriv beløbet i kroner"));
        Assert.Contains("<a href=\"#GrantBudgetPart.AmountAppliedFor\">Det ansøgte beløb (20.000 kr.) er større end projektets samlede budget (2.500 kr.).", Decoded(form), StringComparison.Ordinal);
        Assert.Contains("value=\"ti tusind\"", form.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"20.000\"", form.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"Leje af lokale\"", form.Html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", form.Html, StringComparison.Ordinal);
        HtmlValidator.AssertValid(form.Html, "the budget step with errors");

        await form.PostAsync("next", Budget(("Leje af lokale", "2.500"), ("Mad og drikke", "10.000,50")).Append(new("GrantBudgetPart.AmountAppliedFor", "12.500")));
        Assert.Contains("Trin 4 af 5", form.Text, StringComparison.Ordinal);
        Assert.Contains("Bilag", form.Text, StringComparison.Ordinal);
        Assert.Contains("PDF, DOCX, XLSX, JPEG, PNG, højst 10 MB.", form.Text, StringComparison.Ordinal);

        await form.PostAsync("next", [], [("GrantApplication.Attachment.File", "projektbeskrivelse.pdf", MediaTestFiles.Pdf())]);
        Assert.Contains("Trin 5 af 5", form.Text, StringComparison.Ordinal);
        Assert.Contains("Tjek dine svar", form.Text, StringComparison.Ordinal);
        Assert.Contains("Leje af lokale: 2.500 kr.", form.Text, StringComparison.Ordinal);
        Assert.Contains("Mad og drikke: 10.000,50 kr.", form.Text, StringComparison.Ordinal);
        Assert.Contains("Samlet budget: 12.500,50 kr.", form.Text, StringComparison.Ordinal);
        Assert.Contains("Ansøgt: 12.500 kr.", form.Text, StringComparison.Ordinal);
        Assert.Contains("projektbeskrivelse.pdf", form.Text, StringComparison.Ordinal);
        // An early start is a warning, not an error: the application can still be sent.
        Assert.Contains("Vær opmærksom på", form.Text, StringComparison.Ordinal);
        Assert.Contains("Projektet starter den 01.02.2027, før Integrationsrådets møde den 04.03.2027", form.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Der er et problem", form.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"/privatlivserklaering-puljen\"", form.Html, StringComparison.Ordinal);
        HtmlValidator.AssertValid(form.Html, "the summary with a warning");

        var sent = await form.PostAsync("send", keepPage: false);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var receipt = WebUtility.HtmlDecode(await citizen.GetStringAsync(sent.Headers.Location!.OriginalString));
        Assert.Contains("Leje af lokale: 2.500 kr.", receipt, StringComparison.Ordinal);
        Assert.Contains("Mad og drikke: 10.000,50 kr.", receipt, StringComparison.Ordinal);
        Assert.Contains("Samlet budget: 12.500,50 kr.", receipt, StringComparison.Ordinal);
        Assert.Contains("projektbeskrivelse.pdf", receipt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_CVR_number_typed_in_groups_as_it_is_printed_is_accepted_and_one_digit_short_is_refused_at_its_field()
    {
        using var citizen = Site.CreateClient();
        var form = new FormSession(citizen, Url);
        await form.OpenAsync();
        await form.PostAsync("next", [.. Applicant(), new("GrantApplication.Organisation.Text", "Fællesskab Lyngby"), new("GrantApplication.Cvr.Text", "2940 357")]);
        Assert.Contains("Trin 1 af 5", form.Text, StringComparison.Ordinal);
        Assert.Matches("id=\"GrantApplication.Cvr-error\"><span class=\"visually-hidden\">[^<]+</span> Et CVR-nummer har 8 cifre", form.Html);
        Assert.Contains("value=\"2940 357\"", form.Html, StringComparison.Ordinal);

        await form.PostAsync("next", [.. Applicant(), new("GrantApplication.Organisation.Text", "Fællesskab Lyngby"), new("GrantApplication.Cvr.Text", "29 40 35 73")]);
        Assert.Contains("Trin 2 af 5", form.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Der er et problem", form.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_links_to_the_pools_privacy_notice_in_the_citizens_language_and_the_notice_has_every_heading()
    {
        using var citizen = Site.CreateClient();
        var form = new FormSession(citizen, Url);
        await form.OpenAsync();
        var link = PrivacyLink().Match(form.Html);
        Assert.True(link.Success, "The first step links to the privacy notice.");
        Assert.Equal("/privatlivserklaering-puljen", link.Groups[1].Value);

        var notice = WebUtility.HtmlDecode(await citizen.GetStringAsync(link.Groups[1].Value));
        foreach (var heading in new[] { "Dataansvarlig", "Formål", "Retsgrundlag", "Modtagere", "Hvor længe vi gemmer oplysningerne", "Dine rettigheder", "Kontakt" })
        {
            Assert.Contains($">{heading}</h2>", notice, StringComparison.Ordinal);
        }

        Assert.Contains("artikel 6, stk. 1, litra e", notice, StringComparison.Ordinal);
        Assert.Contains("5 år efter afgørelsen", notice, StringComparison.Ordinal);

        var english = new FormSession(citizen, "/en/apply-for-a-grant");
        await english.OpenAsync();
        var englishLink = PrivacyLink().Match(english.Html);
        Assert.Equal("/en/privacy-notice-grant-pool", englishLink.Groups[1].Value);
        var englishNotice = WebUtility.HtmlDecode(await citizen.GetStringAsync(englishLink.Groups[1].Value));
        foreach (var heading in new[] { "Controller", "Purpose", "Legal basis", "Recipients", "How long we keep the information", "Your rights", "Contact" })
        {
            Assert.Contains($">{heading}</h2>", englishNotice, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_recipe_cannot_give_a_form_the_address_of_a_published_page_or_a_reserved_one()
    {
        static string Recipe(string path) => $$"""
            { "name": "clash", "steps": [ { "name": "ContentDefinition", "ContentParts": [], "ContentTypes": [
              { "Name": "PathClash", "DisplayName": "Kollision", "ContentTypePartDefinitionRecords": [],
                "Settings": { "FormSettings": { "Enabled": true, "Path": "{{path}}", "Title": "Kollision" } } } ] } ] }
            """;

        Site.Logs.Expect(e => e.Message.Contains("Recipe 'clash' from test.recipe.json failed at step ContentDefinition", StringComparison.Ordinal));
        var onPage = await Site.RunRecipeAsync(Recipe("medlemmer"));
        Assert.False(onPage.Succeeded);
        Assert.Contains("The form Kollision cannot have the address /medlemmer: it is the address of the page \"Integrationsrådets medlemmer\".", onPage.Error, StringComparison.Ordinal);

        var reserved = await Site.RunRecipeAsync(Recipe("admin"));
        Assert.False(reserved.Succeeded);
        Assert.Contains("The form Kollision cannot have the address /admin: the site keeps it for itself.", reserved.Error, StringComparison.Ordinal);

        var definition = await Site.WithScopeAsync(s => s.GetRequiredService<ContentDefinitionManager>().GetAsync());
        Assert.Null(definition.FindType("PathClash"));
        using var visitor = Site.CreateClient();
        Assert.Contains("Integrationsrådets medlemmer", WebUtility.HtmlDecode(await visitor.GetStringAsync("/medlemmer")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_does_not_reach_grant_applications_in_the_admin_and_the_secretariat_does()
    {
        var id = await GrantApplications.CreateAsync(Site, "Lektiehjælp i Virum", "private-person", 2_000, [3_000]);
        await Site.CreateUserAsync("grant-editor", Password, CmsRoles.Editor);
        await Site.CreateUserAsync("grant-secretary", Password, CmsRoles.Secretariat);

        using var editor = Site.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await editor.LoginAsync("grant-editor", Password)).StatusCode);
        foreach (var url in new[] { $"/admin/content/{id}/edit", $"/admin/content/{id}/versions" })
        {
            AssertRefused(await editor.GetAsync(url), url);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/preview/{id}")).StatusCode);
        var editorsList = WebUtility.HtmlDecode(await editor.GetStringAsync("/admin/content"));
        Assert.DoesNotContain("Lektiehjælp i Virum", editorsList, StringComparison.Ordinal);
        Assert.DoesNotContain("Lektiehjælp i Virum", WebUtility.HtmlDecode(await editor.GetStringAsync("/admin/content?type=GrantApplication")), StringComparison.Ordinal);
        // The editor's own work is untouched: the council's pages are still theirs to edit.
        Assert.Contains("Integrationsrådets medlemmer", editorsList, StringComparison.Ordinal);

        using var secretary = Site.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await secretary.LoginAsync("grant-secretary", Password)).StatusCode);
        Assert.Contains("Lektiehjælp i Virum", WebUtility.HtmlDecode(await secretary.GetStringAsync("/admin/content")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await secretary.GetAsync($"/admin/content/{id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secretary.GetAsync($"/preview/{id}")).StatusCode);

        // An item without an owner is nobody's own: "edit own content" alone does not reach it.
        var ownerOnly = new ClaimsPrincipal(new ClaimsIdentity([new(ClaimTypes.Name, "grant-secretary"), new(Permission.ClaimType, "EditOwnContent")], "test"));
        var pageType = await Site.WithScopeAsync(s => s.GetRequiredService<ContentDefinitionManager>().GetTypeAsync("Page"));
        Assert.False(ownerOnly.Can(ContentAction.Edit, pageType, new ContentItem { Owner = "" }));
        Assert.True(ownerOnly.Can(ContentAction.Edit, pageType, new ContentItem { Owner = "grant-secretary" }));
    }

    private const string Password = "Grant-form-test-2027!";

    /// <summary>Refused as the admin refuses a signed-in user: 403, or the access-denied page.</summary>
    private static void AssertRefused(HttpResponseMessage response, string what) =>
        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Split('?')[0].EndsWith("/access-denied", StringComparison.Ordinal) == true),
            $"{what}: {(int)response.StatusCode} {response.Headers.Location}");

    private static string Decoded(FormSession form) => WebUtility.HtmlDecode(form.Html);

    private static KeyValuePair<string, string>[] Applicant() =>
    [
        new("GrantApplication.ApplicantKind.Values", "association"),
        new("GrantApplication.ApplicantName.Text", "Amina Hassan"),
        new("GrantApplication.Address.Text", "Lyngby Hovedgade 1, 2800 Kongens Lyngby"),
        new("GrantApplication.Email.Email", "amina@example.org"),
        new("GrantApplication.PreferredLanguage.Values", "da"),
    ];

    private static KeyValuePair<string, string>[] Project() =>
    [
        new("GrantApplication.ProjectTitle.Text", "Fællesspisning i Lundtofte"),
        new("GrantApplication.Description.Text", "Vi laver mad sammen en gang om måneden."),
        new("GrantApplication.TargetGroup.Text", "Nye og gamle borgere i Lundtofte"),
        new("GrantApplication.Beneficiaries.Value", "40"),
        new("GrantApplication.ProjectLeader.Text", "Amina Hassan"),
        new("GrantApplication.CommunityOrientation.Text", "Alle spiser sammen, og alle kan komme."),
    ];

    /// <summary>The budget step's inputs: the start date (before the first meeting) and the budget lines given.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Budget(params (string Item, string Amount)[] lines)
    {
        yield return new("GrantApplication.StartDate.Value", "01.02.2027");
        for (var i = 0; i < lines.Length; i++)
        {
            yield return new($"GrantBudgetPart.BudgetLines[{i}].Item", lines[i].Item);
            yield return new($"GrantBudgetPart.BudgetLines[{i}].Amount", lines[i].Amount);
        }
    }

    [GeneratedRegex("<div class=\"form-privacy\">.*?<a href=\"([^\"]+)\"", RegexOptions.Singleline)]
    private static partial Regex PrivacyLink();
}
