using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Forms.Data;
using Cms.Forms.Models;
using Cms.Workflows.Models;
using LtkSite.Testing;
using LtkSite.Tests.Integration.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Forms;

public sealed class PublicFormTests_Sqlite(SqliteSiteFixture fixture) : PublicFormTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class PublicFormTests_Postgres(PostgresSiteFixture fixture) : PublicFormTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>A citizen filling in a public form made from a content type, through the addresses a browser uses.</summary>
public abstract partial class PublicFormTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture), IAsyncLifetime
    where TFixture : SiteFixture
{
    private const string Url = "/" + FormTestTypes.Path;

    public async Task InitializeAsync()
    {
        await FormTestTypes.EnsureAsync(Site);
        // The type asks for a CPR number; the form leaves it out and says so in the log.
        Site.Logs.Expect(e => e.Message.Contains("a public form never asks for a CPR number", StringComparison.Ordinal));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_citizen_fills_both_steps_fixes_a_mistake_checks_the_answers_and_gets_a_reference_and_a_receipt()
    {
        var form = new FormSession(Client, Url);
        await form.OpenAsync();
        Assert.Contains("Trin 1 af 3", form.Text, StringComparison.Ordinal);
        Assert.Contains("Navn (skal udfyldes)", form.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("TestApplication.CprNumber", form.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Intern note", form.Text, StringComparison.Ordinal);
        Assert.Contains("Sådan behandler vi dine oplysninger", form.Text, StringComparison.Ordinal);
        HtmlValidator.AssertValid(form.Html, "the first step");

        // One mistake: the e-mail address.
        await form.PostAsync("next", Applicant("Fatima Hassan", "fatima.example.dk"));
        Assert.Contains("Der er et problem", form.Text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#TestApplication.Email.Email\">E-mail skal være en e-mailadresse", form.Html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(form.Text, "E-mail skal være en e-mailadresse"));
        Assert.Contains("aria-invalid=\"true\"", form.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"Fatima Hassan\"", form.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"fatima.example.dk\"", form.Html, StringComparison.Ordinal);
        Assert.Contains("Trin 1 af 3", form.Text, StringComparison.Ordinal);
        HtmlValidator.AssertValid(form.Html, "the step with an error");

        await form.PostAsync("next", Applicant("Fatima Hassan", "fatima@example.dk"));
        Assert.Contains("Trin 2 af 3", form.Text, StringComparison.Ordinal);
        Assert.Contains("Fra 1 kr. til 59.800 kr.", form.Text, StringComparison.Ordinal);

        await form.PostAsync("next", Project("Fællesspisning for nye borgere i Lyngby", "59.800", "01.03.2027"), [("TestApplication.Budget.File", "budget.pdf", Pdf)]);
        Assert.Contains("Trin 3 af 3", form.Text, StringComparison.Ordinal);
        Assert.Contains("Tjek dine svar", form.Text, StringComparison.Ordinal);
        Assert.Contains("59.800 kr.", form.Text, StringComparison.Ordinal);
        Assert.Contains("01.03.2027", form.Text, StringComparison.Ordinal);
        Assert.Contains("Forening", form.Text, StringComparison.Ordinal);
        Assert.Contains("budget.pdf", form.Text, StringComparison.Ordinal);
        Assert.Contains("Ret<span class=\"visually-hidden\"> E-mail</span>", form.Html, StringComparison.Ordinal);
        HtmlValidator.AssertValid(form.Html, "the summary");

        // "Ret" goes back to the step with the answer, every value still there.
        await form.PostAsync("goto:0");
        Assert.Contains("Trin 1 af 3", form.Text, StringComparison.Ordinal);
        Assert.Contains("value=\"fatima@example.dk\"", form.Html, StringComparison.Ordinal);
        await form.PostAsync("next", Applicant("Fatima Hassan", "fatima@example.dk"));
        await form.PostAsync("next", Project("Fællesspisning for nye borgere i Lyngby", "59.800", "01.03.2027"));
        Assert.Contains("budget.pdf", form.Text, StringComparison.Ordinal);

        var sent = await form.PostAsync("send", keepPage: false);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var receiptUrl = sent.Headers.Location!.OriginalString;
        Assert.Matches($"^{Url}/kvittering/[A-Za-z0-9_-]{{43}}$", receiptUrl);

        var receiptHtml = await Client.GetStringAsync(receiptUrl);
        HtmlValidator.AssertValid(receiptHtml, "the receipt");
        var receipt = WebUtility.HtmlDecode(receiptHtml);
        var reference = ReferencePattern().Match(receipt).Value;
        Assert.NotEmpty(reference);
        Assert.Contains("Vi har modtaget din ansøgning", receipt, StringComparison.Ordinal);
        Assert.Contains("Sekretariatet behandler ansøgningen på næste møde.", receipt, StringComparison.Ordinal);
        Assert.Contains("Fællesspisning for nye borgere i Lyngby", receipt, StringComparison.Ordinal);
        Assert.Contains("59.800 kr.", receipt, StringComparison.Ordinal);

        var item = await SubmissionAsync(reference);
        Assert.Equal("", item.Owner);
        Assert.False(item.Published);
        var part = item.As<FormSubmissionPart>(FormSubmissionPart.PartName);
        Assert.Equal(FormSubmissionPart.Received, part.Status);
        Assert.Equal("da-DK", part.Culture);
        var answers = item.TryGetPart(FormTestTypes.Type)!;
        Assert.Equal("fatima@example.dk", answers["Email"]!["Email"]!.GetValue<string>());
        Assert.Equal(59800m, answers["Amount"]!["Value"]!.GetValue<decimal>());
        Assert.Equal("2027-03-01", answers["Starts"]!["Value"]!.GetValue<string>());
        Assert.Null(answers["CprNumber"]);
        var fileId = answers["Budget"]!["FileId"]!.GetValue<string>();
        var file = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<FormFileRecord>().SingleAsync(f => f.FileId == fileId));
        Assert.Equal(item.ContentItemId, file.ContentItemId);

        // Staff with the permission download the file as it was sent; the citizen's browser cannot.
        using var staff = Site.CreateClient();
        await staff.LoginAsAdminAsync();
        var editor = await staff.GetStringAsync($"/admin/content/{item.ContentItemId}/edit");
        Assert.Contains($"href=\"/admin/forms/files/{fileId}\"", editor, StringComparison.Ordinal);
        var download = await staff.GetAsync($"/admin/forms/files/{fileId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        var anonymous = await Client.GetAsync($"/admin/forms/files/{fileId}");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/login", anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);

        // Another token finds nothing: references cannot be walked.
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"{Url}/kvittering/{new string('A', 43)}")).StatusCode);
    }

    [Fact]
    public async Task A_file_named_pdf_with_other_bytes_is_refused_with_a_clear_message_and_the_rest_is_kept()
    {
        var form = await AtProjectStepAsync();
        var before = await CountAsync();

        await form.PostAsync("next", Project("Sprogcafé hver torsdag", "12.500", "15.04.2027"), [("TestApplication.Budget.File", "budget.pdf", Encoding.UTF8.GetBytes("this is not a pdf at all"))]);

        Assert.Contains("Budget: filen budget.pdf er ikke en rigtig PDF-fil.", form.Text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#TestApplication.Budget.File\">", form.Html, StringComparison.Ordinal);
        Assert.Contains("Sprogcafé hver torsdag", form.Text, StringComparison.Ordinal);
        Assert.Contains("value=\"12.500\"", form.Html, StringComparison.Ordinal);
        Assert.Contains("Trin 2 af 3", form.Text, StringComparison.Ordinal);

        // A real PNG is accepted and kept on the next round trip without being sent again.
        await form.PostAsync("next", Project("Sprogcafé hver torsdag", "12.500", "31.02.2027"), [("TestApplication.Budget.File", "budget.png", Png)]);
        Assert.Contains("Projektet starter skal være en dato, fx 25.11.2026.", form.Text, StringComparison.Ordinal);
        Assert.Contains("Modtaget: budget.png.", form.Text, StringComparison.Ordinal);
        await form.PostAsync("next", Project("Sprogcafé hver torsdag", "12.500", "28.02.2027"));
        Assert.Contains("Tjek dine svar", form.Text, StringComparison.Ordinal);
        Assert.Contains("budget.png", form.Text, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_filled_honeypot_is_refused_without_a_reason_and_nothing_is_stored()
    {
        var form = await AtSummaryAsync();
        var before = await CountAsync();

        var response = await form.PostAsync("send", [new("Hjemmeside", "http://spam.example")], keepPage: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Hjemmeside", body, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_flood_of_posts_from_one_client_gets_the_friendly_too_many_page_and_stores_nothing()
    {
        var form = new FormSession(Client, Url);
        await form.OpenAsync();
        var before = await CountAsync();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 40 && refused is null; i++)
        {
            var response = await form.PostAsync("next", Applicant("", ""), keepPage: false);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
        }

        Assert.NotNull(refused);
        Assert.Contains("Du har prøvet for mange gange", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Two_submissions_sent_at_the_same_moment_get_different_reference_numbers()
    {
        var first = await AtSummaryAsync();
        var second = await AtSummaryAsync(Site.CreateClient());

        var sent = await Task.WhenAll(first.PostAsync("send", keepPage: false), second.PostAsync("send", keepPage: false));

        Assert.All(sent, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var references = await Task.WhenAll(sent.Select(async r => ReferencePattern().Match(WebUtility.HtmlDecode(await Client.GetStringAsync(r.Headers.Location!.OriginalString))).Value));
        Assert.All(references, r => Assert.StartsWith($"{FormTestTypes.Prefix}-{DateTime.UtcNow.Year}-", r, StringComparison.Ordinal));
        Assert.NotEqual(references[0], references[1]);
    }

    [Fact]
    public async Task A_submission_starts_the_workflow_that_starts_on_the_form_submitted_event_for_its_type()
    {
        var workflow = new WorkflowTypeBuilder(WorkflowTypeBuilder.UniqueId("submitted"))
            .Start("submitted", "FormSubmittedEvent", new JsonObject { ["ContentTypeFilter"] = new JsonArray(FormTestTypes.Type) })
            .Then("log", "LogTask", new JsonObject { ["Text"] = new JsonObject { ["Expression"] = "Modtaget {{ Input.Reference }}" } })
            .Connect("submitted", "Done", "log")
            .Build();
        await Site.SaveWorkflowTypeAsync(workflow);
        var other = new WorkflowTypeBuilder(WorkflowTypeBuilder.UniqueId("other"))
            .Start("submitted", "FormSubmittedEvent", new JsonObject { ["ContentTypeFilter"] = new JsonArray("GrantApplication") })
            .Build();
        await Site.SaveWorkflowTypeAsync(other);

        var form = await AtSummaryAsync();
        var sent = await form.PostAsync("send", keepPage: false);
        var reference = ReferencePattern().Match(WebUtility.HtmlDecode(await Client.GetStringAsync(sent.Headers.Location!.OriginalString))).Value;
        var item = await SubmissionAsync(reference);

        var instance = Assert.Single(await Site.InstancesAsync(workflow.WorkflowTypeId));
        Assert.Equal(item.ContentItemId, instance.CorrelationId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Empty(await Site.InstancesAsync(other.WorkflowTypeId));
    }

    [Fact]
    public async Task The_English_form_speaks_English_and_its_receipt_has_an_English_address()
    {
        var form = new FormSession(Client, "/en/" + FormTestTypes.PathEn);
        await form.OpenAsync();
        Assert.Contains("<html lang=\"en\">", form.Html, StringComparison.Ordinal);
        Assert.Contains("Step 1 of 3", form.Text, StringComparison.Ordinal);
        Assert.Contains("Name (required)", form.Text, StringComparison.Ordinal);
        Assert.Contains("Apply for test funds", form.Text, StringComparison.Ordinal);

        await form.PostAsync("next", Applicant("John Smith", ""));
        Assert.Contains("There is a problem", form.Text, StringComparison.Ordinal);
        Assert.Contains("Fill in E-mail.", form.Text, StringComparison.Ordinal);
        await form.PostAsync("next", Applicant("John Smith", "john@example.org"));
        await form.PostAsync("next", Project("Language café", "1000", "01.05.2027"));
        Assert.Contains("Check your answers", form.Text, StringComparison.Ordinal);
        var sent = await form.PostAsync("send", keepPage: false);

        Assert.StartsWith("/en/" + FormTestTypes.PathEn + "/receipt/", sent.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var receipt = WebUtility.HtmlDecode(await Client.GetStringAsync(sent.Headers.Location.OriginalString));
        Assert.Contains("We have received your application", receipt, StringComparison.Ordinal);
        Assert.Contains("The secretariat treats the application at the next meeting.", receipt, StringComparison.Ordinal);
        var item = await SubmissionAsync(ReferencePattern().Match(receipt).Value);
        Assert.Equal("en", item.As<FormSubmissionPart>(FormSubmissionPart.PartName).Culture);
    }

    [Fact]
    public async Task Answers_altered_in_the_page_are_not_trusted_and_every_step_is_checked_again_when_sent()
    {
        var form = await AtSummaryAsync();
        var before = await CountAsync();

        // A tampered hidden field is no answer at all: the form starts again and the first step asks for everything.
        form.AlterPage(html => html.Replace(form.State, form.State[..^4] + "AAAA", StringComparison.Ordinal));
        await form.PostAsync("send");

        Assert.Contains("Der er et problem", form.Text, StringComparison.Ordinal);
        Assert.Contains("Udfyld Navn.", form.Text, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    private async Task<FormSession> AtProjectStepAsync(HttpClient? client = null)
    {
        var form = new FormSession(client ?? Client, Url);
        await form.OpenAsync();
        await form.PostAsync("next", Applicant("Foreningen Fællesskab", "kontakt@faellesskab.dk"));
        Assert.Contains("Trin 2 af 3", form.Text, StringComparison.Ordinal);
        return form;
    }

    private async Task<FormSession> AtSummaryAsync(HttpClient? client = null)
    {
        var form = await AtProjectStepAsync(client);
        await form.PostAsync("next", Project("Sommerfest i Lyngby", "5.000", "20.06.2027"));
        Assert.Contains("Tjek dine svar", form.Text, StringComparison.Ordinal);
        return form;
    }

    private static KeyValuePair<string, string>[] Applicant(string name, string email) =>
    [
        new("TestApplication.Name.Text", name),
        new("TestApplication.Email.Email", email),
        new("TestApplication.Kind.Values", "association"),
    ];

    private static KeyValuePair<string, string>[] Project(string description, string amount, string starts) =>
    [
        new("TestApplication.Description.Text", description),
        new("TestApplication.Amount.Value", amount),
        new("TestApplication.Starts.Value", starts),
        new("TestApplication.Consent.Value", "true"),
    ];

    private static readonly byte[] Pdf = MediaTestFiles.Pdf();

    private static readonly byte[] Png = MediaTestFiles.Image(20, 20);

    private Task<int> CountAsync() =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<ContentItem>().CountAsync(i => i.ContentType == FormTestTypes.Type));

    private Task<ContentItem> SubmissionAsync(string reference) =>
        Site.WithScopeAsync(async s =>
        {
            var record = await s.GetRequiredService<LtkDbContext>().Set<FormSubmissionRecord>().SingleAsync(r => r.Reference == reference);
            return (await s.GetRequiredService<ContentManager>().GetAsync(record.ContentItemId, VersionOptions.Latest))!;
        });

    [GeneratedRegex(@"TST-\d{4}-\d{4}")]
    private static partial Regex ReferencePattern();
}
