using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Core.Security;
using Cms.Core.Work;
using Cms.Email.Models;
using Cms.Email.Workflows;
using Cms.Workflows.Activities;
using Cms.Workflows.Models;
using Cms.Workflows.Services;
using LtkSite.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MimeKit;
using netDumbster.smtp;

namespace LtkSite.Tests.Integration.Workflows;

public sealed class EmailWorkflowTests_Sqlite(SqliteWorkSiteFixture fixture) : EmailWorkflowTests<SqliteWorkSiteFixture>(fixture), IClassFixture<SqliteWorkSiteFixture>;

public sealed class EmailWorkflowTests_Postgres(PostgresWorkSiteFixture fixture) : EmailWorkflowTests<PostgresWorkSiteFixture>(fixture), IClassFixture<PostgresWorkSiteFixture>;

/// <summary>
/// Mail from workflows end to end: an item is published, the workflow's EmailTask writes its mail with the publication, and
/// the outbox's sender delivers it to a real SMTP server on 127.0.0.1 that the test starts and stops.
/// </summary>
public abstract class EmailWorkflowTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : WorkSiteFixture
{
    private const string Password = "Email-workflow-password-1";

    private static string NewAddress(string who) => TestSmtp.NewAddress(who);

    private static string NewTypeName() => "Notice" + Guid.NewGuid().ToString("N")[..8];

    private SimpleSmtpServer StartSmtp() => TestSmtp.Start(Fixture.SmtpPort);

    private static MimeMessage Parse(SmtpMessage message) => TestSmtp.Parse(message);

    private static JsonObject Expression(string text) => new() { ["Expression"] = text };

    [Fact]
    public async Task A_published_item_writes_one_mail_with_its_publication_and_the_sender_delivers_it_rendered_with_both_parts()
    {
        var type = await DefineTypeAsync();
        var secretary = NewAddress("sekretariat");
        var (role, member) = await CreateRoleAsync();
        var workflow = await SaveAsync(new WorkflowTypeBuilder(WorkflowTypeBuilder.UniqueId("mail"))
            .Start("published", "ContentPublishedEvent", new JsonObject { ["ContentTypeFilter"] = new JsonArray(type) })
            .Then("mail", "EmailTask", new JsonObject
            {
                ["Recipients"] = Expression($"{secretary}; {role}"),
                ["Subject"] = Expression("Udgivet: {{ ContentItem.DisplayText }} – {{ Site.Name }}"),
                ["HtmlBody"] = Expression("<p>{{ ContentItem.DisplayText }} er udgivet på {{ Site.Name }}.</p><p><a href=\"{{ ContentItem.AdminUrl }}\">Åbn i administrationen</a></p>"),
            })
            .Connect("published", "Done", "mail"));

        // Published in a change that is rolled back: no instance and no mail.
        await Site.WithScopeAsync(async s =>
        {
            await using var unit = await s.GetRequiredService<LtkDbContext>().BeginUnitOfWorkAsync();
            await CreateItemAsync(s, type, "Rullet tilbage");
            await unit.RollbackAsync();
            return true;
        });
        Assert.Empty(await Site.InstancesAsync(workflow));

        const string title = "Foreningen <Fællesskab> & venner";
        var id = await Site.WithScopeAsync(s => CreateItemAsync(s, type, title));

        var instance = Assert.Single(await Site.InstancesAsync(workflow));
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(["published:Done", "mail:Done"], await Site.JournalAsync(instance.WorkflowId));
        var mail = Assert.Single(await MailsAsync(instance.WorkflowId));
        Assert.Equal(OutboxMailStatus.Queued, mail.Status);
        Assert.Equal($"workflow:{instance.WorkflowId}/mail/1", mail.Source);
        var adminUrl = $"http://localhost/admin/content/{id}/edit";
        Assert.Equal(adminUrl, mail.Link);
        Assert.Equal(1, await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkItem>().CountAsync(w => w.Key == "email:" + mail.MessageId)));

        using var smtp = StartSmtp();
        await Fixture.Runner.RunDueWorkAsync();

        var received = Assert.Single(smtp.ReceivedEmail, m => m.ToAddresses.Any(a => a.Address == secretary));
        // The role's member who is locked out gets nothing.
        Assert.Equal(new[] { secretary, member }.Order(), received.ToAddresses.Select(a => a.Address).Order());
        var message = Parse(received);
        Assert.Equal(mail.MessageId, message.MessageId);
        Assert.Equal("Udgivet: Foreningen <Fællesskab> & venner – Integrationsrådet", message.Subject);
        Assert.Contains("<p>Foreningen &lt;Fællesskab&gt; &amp; venner er udgivet på Integrationsrådet.</p>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{adminUrl}\">Åbn i administrationen</a>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Equal($"Foreningen <Fællesskab> & venner er udgivet på Integrationsrådet.\n\nÅbn i administrationen ({adminUrl})", message.TextBody!.Replace("\r\n", "\n", StringComparison.Ordinal).Trim());
        Assert.Equal(OutboxMailStatus.Sent, (await MailsAsync(instance.WorkflowId)).Single().Status);
    }

    [Fact]
    public async Task An_Orchard_shaped_EmailTask_imported_by_recipe_mails_each_publication_once_and_a_redelivered_event_sends_nothing()
    {
        var type = NewTypeName();
        var workflow = WorkflowTypeBuilder.UniqueId("orchard-mail");
        var editor = NewAddress("redaktion");
        await Client.LoginAsAdminAsync();
        var upload = await Client.UploadRecipeAsync(Encoding.UTF8.GetBytes(OrchardRecipe(type, workflow, editor).ToJsonString()), "mail.recipe.json");
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Contains("blev kørt", await upload.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var id = await Site.WithScopeAsync(s => CreateItemAsync(s, type, "Kulturfestival 2027"));
        var first = Assert.Single(await Site.InstancesAsync(workflow));
        var firstMail = Assert.Single(await MailsAsync(first.WorkflowId));
        Assert.Equal("Ny udgivelse: Kulturfestival 2027", firstMail.Subject);
        Assert.Equal("Kulturfestival 2027 er udgivet på Integrationsrådet.", firstMail.TextBody);

        // The same event delivered again (a retried request, a redelivered queue row) is recognised: no instance, no mail.
        var published = (await Site.WithScopeAsync(s => s.GetRequiredService<ContentManager>().GetAsync(id)))!;
        var prefix = $"ContentPublishedEvent:{published.ContentItemVersionId}:";
        var eventId = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkflowEventReceipt>().AsNoTracking()
            .Where(r => r.EventId.StartsWith(prefix)).Select(r => r.EventId).SingleAsync());
        var redelivered = await Site.WithScopeAsync(s => s.GetRequiredService<WorkflowManager>().TriggerAndSaveAsync(
            new WorkflowEvent("ContentPublishedEvent", new JsonObject { ["ContentItemId"] = id, ["ContentType"] = type, ["DisplayText"] = "Kulturfestival 2027" }, id, eventId)));
        Assert.True(redelivered.Duplicate);

        // Publishing the item again is a new event: a new instance and a new mail with a Message-ID of its own.
        await Site.WithScopeAsync(async s =>
        {
            var contents = s.GetRequiredService<ContentManager>();
            var item = (await contents.GetAsync(id, VersionOptions.Latest))!;
            item.Part(PartNames.Title)["Title"] = "Kulturfestival 2027 – nyt program";
            return await contents.UpdateAsync(item, BaseVersion.SaveOverLatest, publish: true);
        });
        var instances = await Site.InstancesAsync(workflow);
        Assert.Equal(2, instances.Count);
        var secondMail = Assert.Single(await MailsAsync(instances[1].WorkflowId));
        Assert.NotEqual(firstMail.MessageId, secondMail.MessageId);
        Assert.Equal(2, (await AllMailsToAsync(editor)).Count);

        using var smtp = StartSmtp();
        await Fixture.Runner.RunDueWorkAsync();
        await Fixture.Runner.RunDueWorkAsync();
        var subjects = smtp.ReceivedEmail.Where(m => m.ToAddresses.Any(a => a.Address == editor)).Select(m => Parse(m).Subject).Order().ToList();
        Assert.Equal(["Ny udgivelse: Kulturfestival 2027", "Ny udgivelse: Kulturfestival 2027 – nyt program"], subjects);
        var message = Parse(smtp.ReceivedEmail.First(m => m.ToAddresses.Any(a => a.Address == editor)));
        Assert.Contains("<strong>", message.HtmlBody, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(message.TextBody));
    }

    [Fact]
    public async Task While_the_SMTP_server_is_down_the_workflow_mail_is_retried_with_back_off_and_delivered_once_when_it_is_back()
    {
        var type = await DefineTypeAsync();
        var to = NewAddress("down");
        var archive = NewAddress("arkiv");
        var workflow = await SaveAsync(PublishedMail(type, to, "Ny ansøgning: {{ ContentItem.DisplayText }}", bcc: archive));
        await Site.WithScopeAsync(s => CreateItemAsync(s, type, "Sommerlejr for nye borgere"));
        var mail = Assert.Single(await MailsAsync(Assert.Single(await Site.InstancesAsync(workflow)).WorkflowId));
        // The failed attempts while the server is away are what the test is about.
        Site.Logs.Expect(e => e.Category == typeof(WorkRunner).FullName);

        await Fixture.Runner.RunDueWorkAsync();
        var retrying = await MailAsync(mail.Id);
        Assert.Equal(OutboxMailStatus.Retrying, retrying.Status);
        Assert.Equal(1, retrying.Attempts);
        Assert.False(string.IsNullOrEmpty(retrying.LastError));

        using var smtp = StartSmtp();
        // The pause after the failure is not over: nothing goes out yet.
        await Fixture.Runner.RunDueWorkAsync();
        Assert.DoesNotContain(smtp.ReceivedEmail, m => m.ToAddresses.Any(a => a.Address == to));

        Fixture.Clock.Advance(TimeSpan.FromSeconds(30));
        await Fixture.Runner.RunDueWorkAsync();
        Fixture.Clock.Advance(TimeSpan.FromHours(2));
        await Fixture.Runner.RunDueWorkAsync();

        var received = Assert.Single(smtp.ReceivedEmail, m => m.ToAddresses.Any(a => a.Address == to));
        Assert.Equal("Ny ansøgning: Sommerlejr for nye borgere", Parse(received).Subject);
        // The blind copy is not among the headers the others see (MailKit gives it to the server as a RCPT TO of its own;
        // netDumbster 3.1.1 does not report that one, so MailMessageBuilderTests checks the message MailKit is given).
        Assert.Empty(Parse(received).Bcc);
        Assert.DoesNotContain(archive, received.Data, StringComparison.Ordinal);
        Assert.Equal(mail.MessageId, Parse(received).MessageId);
        var sent = await MailAsync(mail.Id);
        Assert.Equal(OutboxMailStatus.Sent, sent.Status);
        Assert.Single(await AllMailsToAsync(to));
    }

    [Fact]
    public async Task A_workflow_that_loops_stops_at_its_budget_of_20_mails_and_faults_with_a_message_the_administrator_sees()
    {
        var to = NewAddress("loop");
        var signal = WorkflowTypeBuilder.UniqueId("remind");
        var workflow = await SaveAsync(new WorkflowTypeBuilder(WorkflowTypeBuilder.UniqueId("loop"))
            .Start("remind", "SignalEvent", WorkflowTypeBuilder.Signal(signal))
            .Then("mail", "EmailTask", new JsonObject
            {
                ["Recipients"] = Expression(to),
                ["Subject"] = Expression("Påmindelse om kvitteringer"),
                ["Body"] = Expression("Husk at sende kvitteringerne."),
                ["IsHtmlBody"] = false,
            })
            .Connect("remind", "Done", "mail")
            .Connect("mail", "Done", "mail"));
        Site.Logs.Expect(e => e.Category == typeof(WorkflowManager).FullName && e.Message.Contains("faulted", StringComparison.Ordinal));

        await Site.SignalAsync(signal, "grant-42");

        var instance = Assert.Single(await Site.InstancesAsync(workflow));
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Equal("mail", instance.FaultedActivityId);
        Assert.StartsWith("This workflow instance has used its budget of 20 mails, so the mail \"Påmindelse om kvitteringer\" was stopped", instance.Error, StringComparison.Ordinal);
        var mails = await MailsAsync(instance.WorkflowId);
        Assert.Equal(21, mails.Count);
        Assert.Equal(20, mails.Count(m => m.Status == OutboxMailStatus.Queued));
        var stopped = Assert.Single(mails, m => m.Status == OutboxMailStatus.Stopped);
        Assert.Contains(stopped.MessageId, instance.Error, StringComparison.Ordinal);
        Assert.Equal("Husk at sende kvitteringerne.", stopped.TextBody);
        Assert.Null(stopped.HtmlBody);

        // Retrying the instance does not get past the budget, and writes nothing more.
        Assert.True(await Site.WithScopeAsync(async s =>
        {
            var retried = await s.GetRequiredService<WorkflowManager>().RetryAsync(instance.WorkflowId);
            await s.GetRequiredService<LtkDbContext>().SaveChangesAsync();
            return retried;
        }));
        Assert.Equal(WorkflowStatus.Faulted, (await Site.InstanceAsync(workflow, "grant-42")).Status);
        Assert.Equal(21, (await MailsAsync(instance.WorkflowId)).Count);

        await Client.LoginAsAdminAsync();
        var detail = WebUtility.HtmlDecode(await Client.GetStringAsync("/admin/outbox/" + stopped.Id));
        Assert.Contains("Afsenderen havde brugt sit budget af mails", detail, StringComparison.Ordinal);
        Assert.Contains($"workflow:{instance.WorkflowId}/mail/21", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Liquid_error_in_the_subject_faults_the_instance_with_the_template_error_and_writes_no_mail()
    {
        var type = await DefineTypeAsync();
        var to = NewAddress("liquid");
        var workflow = await SaveAsync(PublishedMail(type, to, "Kvittering {% include 'kvittering' %}"));
        Site.Logs.Expect(e => e.Category == typeof(WorkflowManager).FullName && e.Message.Contains("faulted", StringComparison.Ordinal));

        await Site.WithScopeAsync(s => CreateItemAsync(s, type, "Ansøgning om tilskud"));

        var instance = Assert.Single(await Site.InstancesAsync(workflow));
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Equal("mail", instance.FaultedActivityId);
        Assert.StartsWith("The e-mail's Subject could not be rendered: ", instance.Error, StringComparison.Ordinal);
        Assert.Contains("kvittering", instance.Error, StringComparison.Ordinal);
        Assert.Empty(await MailsAsync(instance.WorkflowId));
        Assert.Empty(await AllMailsToAsync(to));
    }

    [Fact]
    public async Task A_subject_that_is_not_Liquid_is_refused_when_the_type_is_saved_with_what_to_fix()
    {
        var error = await Assert.ThrowsAsync<WorkflowValidationException>(() =>
            SaveAsync(PublishedMail(NewTypeName(), NewAddress("broken"), "Kvittering {{ ContentItem.DisplayText")));

        Assert.Contains(error.Errors, e => e.StartsWith("Activity 'mail': Subject is not valid Liquid: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_no_valid_recipient_the_mail_ends_Failed_writes_nothing_and_says_why()
    {
        var type = await DefineTypeAsync();
        var workflow = await SaveAsync(new WorkflowTypeBuilder(WorkflowTypeBuilder.UniqueId("nobody"))
            .Start("published", "ContentPublishedEvent", new JsonObject { ["ContentTypeFilter"] = new JsonArray(type) })
            .Then("mail", "EmailTask", new JsonObject
            {
                ["Recipients"] = Expression("{{ Input.Applicant }}{{ Input.DisplayText }}, Kulturudvalget, ikke-en-adresse@"),
                ["Subject"] = Expression("Tak for din ansøgning"),
                ["Body"] = Expression("<p>Tak.</p>"),
            })
            .Then("log", "LogTask", new JsonObject { ["Text"] = Expression("Ingen mail om {{ Input.DisplayText }}") })
            .Connect("published", "Done", "mail")
            .Connect("mail", "Failed", "log"));
        Site.Logs.Expect(e => e.Category == typeof(EmailTask).FullName && e.Message.Contains("sent nothing", StringComparison.Ordinal));

        // A title (as a citizen's answer on a form would) names a real role: a value is never taken for a role.
        await Site.WithScopeAsync(s => CreateItemAsync(s, type, CmsRoles.Administrator));

        var instance = Assert.Single(await Site.InstancesAsync(workflow));
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(["published:Done", "mail:Failed", "log:Done"], await Site.JournalAsync(instance.WorkflowId));
        Assert.Empty(await MailsAsync(instance.WorkflowId));
        Assert.Equal(
            "The mail has no valid recipient. 'Administrator' is not an e-mail address, and a role counts only when the setting names it itself. 'Kulturudvalget' is neither an e-mail address nor a role. 'ikke-en-adresse@' is not an e-mail address.",
            instance.ActivityState["mail"]!["Error"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_activity_its_description_and_its_outcomes_are_named_in_Danish()
    {
        var (name, description, outcomes) = await Site.WithScopeAsync(s =>
        {
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("da-DK");
            try
            {
                var task = s.GetRequiredService<ActivityCatalog>().Find("EmailTask")!;
                var strings = s.GetRequiredService<IStringLocalizer<EmailWorkflowStrings>>();
                var record = new ActivityRecord { ActivityId = "mail", Name = task.Name };
                return Task.FromResult((strings[task.DisplayName].Value, strings[task.Description].Value, task.GetOutcomes(record).Select(o => o.DisplayName.Value).ToList()));
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        });

        Assert.Equal("Send en e-mail", name);
        Assert.StartsWith("Sender en e-mail gennem udbakken", description, StringComparison.Ordinal);
        Assert.Contains("linker til den", description, StringComparison.Ordinal);
        Assert.Equal(["Færdig", "Mislykket"], outcomes);
    }

    private static WorkflowTypeBuilder PublishedMail(string type, string to, string subject, string bcc = "") =>
        new WorkflowTypeBuilder(WorkflowTypeBuilder.UniqueId("mail"))
            .Start("published", "ContentPublishedEvent", new JsonObject { ["ContentTypeFilter"] = new JsonArray(type) })
            .Then("mail", "EmailTask", new JsonObject
            {
                ["Recipients"] = Expression(to),
                ["Bcc"] = Expression(bcc),
                ["Subject"] = Expression(subject),
                ["Body"] = Expression("<p>{{ ContentItem.DisplayText }}: <a href=\"{{ ContentItem.AdminUrl }}\">se ansøgningen</a></p>"),
            })
            .Connect("published", "Done", "mail");

    private async Task<string> SaveAsync(WorkflowTypeBuilder builder)
    {
        await Site.SaveWorkflowTypeAsync(builder.Build());
        return builder.WorkflowTypeId;
    }

    private static async Task<string> CreateItemAsync(IServiceProvider services, string type, string title)
    {
        var contents = services.GetRequiredService<ContentManager>();
        var item = await contents.NewAsync(type);
        item.Part(PartNames.Title)["Title"] = title;
        return (await contents.CreateAsync(item, publish: true)).ContentItemId;
    }

    private async Task<string> DefineTypeAsync()
    {
        var name = NewTypeName();
        await Site.StoreTitledTypeAsync(name);
        return name;
    }

    /// <summary>A role of its own with one member who has an address and one who is locked out (and so gets nothing).</summary>
    private async Task<(string Role, string Member)> CreateRoleAsync()
    {
        var role = "Udvalg" + Guid.NewGuid().ToString("N")[..6];
        var member = NewAddress("medlem");
        await Site.WithScopeAsync(async s => (await s.GetRequiredService<RoleManager<CmsRole>>().CreateAsync(new CmsRole { Name = role })).Succeeded);
        var (active, locked) = ("member-" + Guid.NewGuid().ToString("N")[..6], "locked-" + Guid.NewGuid().ToString("N")[..6]);
        await Site.CreateUserAsync(active, Password, role);
        await Site.CreateUserAsync(locked, Password, role);
        await Site.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<CmsUser>>();
            await users.SetEmailAsync((await users.FindByNameAsync(active))!, member);
            var lockedUser = (await users.FindByNameAsync(locked))!;
            await users.SetEmailAsync(lockedUser, NewAddress("spaerret"));
            return (await users.SetLockoutEndDateAsync(lockedUser, DateTimeOffset.MaxValue)).Succeeded;
        });
        return (role, member);
    }

    private Task<List<OutboxMail>> MailsAsync(string workflowId) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<OutboxMail>().AsNoTracking()
            .Where(m => m.Source.StartsWith(WorkflowMailBudget.InstancePrefix(workflowId))).OrderBy(m => m.Id).ToListAsync());

    private Task<List<OutboxMail>> AllMailsToAsync(string address) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<OutboxMail>().AsNoTracking()
            .Where(m => m.Recipients.Any(r => r.Address == address)).ToListAsync());

    private Task<OutboxMail> MailAsync(long id) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<OutboxMail>().AsNoTracking().SingleAsync(m => m.Id == id));

    /// <summary>A recipe as Orchard exports one: a content type, then a workflow type whose EmailTask uses Orchard's settings.</summary>
    private static JsonObject OrchardRecipe(string type, string workflow, string to) => JsonNode.Parse($$$"""
        { "name": "mail-on-publish", "displayName": "Mail on publish", "steps": [
          { "name": "ContentDefinition", "ContentTypes": [ { "Name": "{{{type}}}", "DisplayName": "Notice",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true } },
              "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} } ] } ] },
          { "name": "WorkflowType", "data": [ {
              "WorkflowTypeId": "{{{workflow}}}", "Name": "Mail the editors", "IsEnabled": true, "IsSingleton": false,
              "LockTimeout": 0, "LockExpiration": 0, "DeleteFinishedWorkflows": false,
              "Activities": [
                { "ActivityId": "published", "Name": "ContentPublishedEvent", "X": 20, "Y": 30, "IsStart": true,
                  "Properties": { "ActivityMetadata": { "Title": "Udgivet" }, "ContentTypeFilter": [ "{{{type}}}" ] } },
                { "ActivityId": "mail", "Name": "EmailTask", "X": 300, "Y": 30, "IsStart": false,
                  "Properties": { "ActivityMetadata": { "Title": "Send mail" },
                    "Author": { "Expression": "" }, "Sender": { "Expression": "" }, "ReplyTo": { "Expression": "sekretariat@ltk.dk" },
                    "Recipients": { "Expression": "{{{to}}}" }, "Cc": { "Expression": "" }, "Bcc": { "Expression": "" },
                    "Subject": { "Expression": "Ny udgivelse: {{ ContentItem.DisplayText }}" },
                    "Body": { "Expression": "<p><strong>{{ ContentItem.DisplayText }}</strong> er udgivet på {{ Site.Name }}.</p>" },
                    "IsHtmlBody": true } } ],
              "Transitions": [ { "SourceActivityId": "published", "SourceOutcomeName": "Done", "DestinationActivityId": "mail" } ] } ] } ] }
        """)!.AsObject();
}
