using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Workflows.Models;
using Cms.Workflows.Recipes;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Workflows;

public sealed class ContentWorkflowTests_Sqlite(SqliteSiteFixture fixture) : ContentWorkflowTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class ContentWorkflowTests_Postgres(PostgresSiteFixture fixture) : ContentWorkflowTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>Workflows on content, as editors and administrators reach them: the content editor and the recipe page.</summary>
public abstract class ContentWorkflowTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    [Fact]
    public async Task Publishing_an_item_in_the_admin_runs_the_workflow_that_starts_on_its_publication()
    {
        const string typeName = "WorkflowNotice";
        await DefineTypeAsync(typeName);
        var workflow = new WorkflowTypeBuilder(WorkflowTypeBuilder.UniqueId("published"))
            .Start("published", "ContentPublishedEvent", new JsonObject { ["ContentTypeFilter"] = new JsonArray(typeName) })
            .Then("notify", "NotifyTask", new JsonObject { ["NotificationType"] = "Success", ["Message"] = new JsonObject { ["Expression"] = "Udgivet: {{ Input.DisplayText }}" } })
            .Connect("published", "Done", "notify")
            .Build();
        await Site.SaveWorkflowTypeAsync(workflow);
        await Client.LoginAsAdminAsync();

        var draft = await CreateInAdminAsync(typeName, "Borgermøde om integration", "draft");
        Assert.Empty(await Site.InstancesAsync(workflow.WorkflowTypeId));
        var published = await CreateInAdminAsync(typeName, "Kulturfestival i Lyngby", "publish");

        var instance = Assert.Single(await Site.InstancesAsync(workflow.WorkflowTypeId));
        Assert.Equal(published, instance.CorrelationId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(["published:Done", "notify:Done"], await Site.JournalAsync(instance.WorkflowId));
        var users = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkflowJournalEntry>()
            .Where(j => j.WorkflowId == instance.WorkflowId).Select(j => j.UserName).Distinct().ToListAsync());
        Assert.Equal(["admin"], users);
        var notification = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().AuditTrailEvents
            .SingleAsync(e => e.Category == "Workflow" && e.ObjectId == instance.WorkflowId));
        Assert.Equal("Udgivet: Kulturfestival i Lyngby", notification.ObjectName);
        Assert.NotEqual(draft, published);
    }

    [Fact]
    public async Task An_Orchard_shaped_workflow_type_uploaded_on_the_recipe_page_imports_runs_and_exports_in_the_same_shape()
    {
        var typeId = WorkflowTypeBuilder.UniqueId("urgent");
        var recipe = OrchardRecipe(typeId);
        await Client.LoginAsAdminAsync();

        var upload = await Client.UploadRecipeAsync(Encoding.UTF8.GetBytes(recipe.ToJsonString()), "workflows.recipe.json");
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Contains("blev kørt", await upload.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var urgent = await CreateInAdminAsync("UrgentNotice", "Haster: vandskade i foreningshuset", "draft");
        var ordinary = await CreateInAdminAsync("UrgentNotice", "Referat fra mødet", "draft");

        // The workflow published the urgent draft once the editor's save had committed; the other stays a draft.
        Assert.NotNull(await Site.WithScopeAsync(s => s.GetRequiredService<ContentManager>().GetAsync(urgent)));
        Assert.Null(await Site.WithScopeAsync(s => s.GetRequiredService<ContentManager>().GetAsync(ordinary)));
        var first = await Site.InstanceAsync(typeId, urgent);
        Assert.Equal(WorkflowStatus.Finished, first.Status);
        Assert.Equal(["created:Done", "urgent:True", "publish:halted", "publish:Published"], await Site.JournalAsync(first.WorkflowId));
        Assert.Equal(["created:Done", "urgent:False", "log:Done"], await Site.JournalAsync((await Site.InstanceAsync(typeId, ordinary)).WorkflowId));

        // Uploading it again changes nothing: no new version, the instances stay.
        Assert.Equal(HttpStatusCode.OK, (await Client.UploadRecipeAsync(Encoding.UTF8.GetBytes(recipe.ToJsonString()), "workflows.recipe.json")).StatusCode);
        var versions = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkflowTypeVersion>().CountAsync(v => v.WorkflowTypeId == typeId));
        Assert.Equal(1, versions);
        Assert.Equal(2, (await Site.InstancesAsync(typeId)).Count);

        var exported = await Site.WithScopeAsync(s => s.GetRequiredService<WorkflowTypeExporter>().BuildStepAsync([typeId]));
        var imported = recipe["steps"]![1]!.AsObject();
        Assert.Equal("WorkflowType", exported["name"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(imported["data"], exported["data"]), exported.ToJsonString());
    }

    [Fact]
    public async Task A_workflow_type_naming_an_activity_this_site_lacks_is_refused_on_the_recipe_page_with_its_name()
    {
        var recipe = OrchardRecipe(WorkflowTypeBuilder.UniqueId("script"));
        recipe["steps"]![1]!["data"]![0]!["Activities"]![2]!["Name"] = "ScriptTask";
        await Client.LoginAsAdminAsync();
        Site.Logs.ExpectContaining("failed at step WorkflowType");

        var html = WebUtility.HtmlDecode(await (await Client.UploadRecipeAsync(Encoding.UTF8.GetBytes(recipe.ToJsonString()), "bad.recipe.json")).Content.ReadAsStringAsync());

        // The Danish admin reads the import error in Danish.
        Assert.Contains("': Aktivitet 'publish' (Udgiv): ukendt aktivitet 'ScriptTask' (kendte aktiviteter: ", html, StringComparison.Ordinal);
        Assert.Contains("Arbejdsgangstype '", html, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown activity", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signal_can_update_a_field_of_the_item_it_names_and_publish_it()
    {
        await ContentTestTypes.EnsureAsync(Site);
        var id = await Site.WithScopeAsync(async s =>
        {
            var contents = s.GetRequiredService<ContentManager>();
            var item = await contents.NewAsync("Article");
            item.Part(PartNames.Title)["Title"] = "Ansøgning fra Foreningen Fællesskab";
            item.Part("Article")["Intro"] = new JsonObject { ["Text"] = "Modtaget" };
            return (await contents.CreateAsync(item, publish: false)).ContentItemId;
        });
        var signal = WorkflowTypeBuilder.UniqueId("decided");
        await Site.SaveWorkflowTypeAsync(new WorkflowTypeBuilder(WorkflowTypeBuilder.UniqueId("field"))
            .Start("decided", "SignalEvent", WorkflowTypeBuilder.Signal(signal))
            .Then("update", "UpdateContentFieldTask", new JsonObject
            {
                ["Content"] = new JsonObject { ["Expression"] = "{{ Input.Item }}" },
                ["FieldName"] = "Intro",
                ["Value"] = new JsonObject { ["Expression"] = "Bevilget {{ Input.Amount }} kr." },
                ["Publish"] = true,
            })
            .Connect("decided", "Done", "update")
            .Build());

        await Site.SignalAsync(signal, id, new JsonObject { ["Item"] = id, ["Amount"] = 5000 });

        var published = await Site.WithScopeAsync(s => s.GetRequiredService<ContentManager>().GetAsync(id));
        Assert.NotNull(published);
        Assert.Equal("Bevilget 5000 kr.", published.Part("Article")["Intro"]!["Text"]!.GetValue<string>());
        Assert.Equal("Ansøgning fra Foreningen Fællesskab", published.Part(PartNames.Title)["Title"]!.GetValue<string>());
    }

    /// <summary>A recipe as Orchard exports one: a content type, then a workflow type with titles in ActivityMetadata.</summary>
    private static JsonObject OrchardRecipe(string typeId) => JsonNode.Parse($$$"""
        { "name": "urgent-notices", "displayName": "Urgent notices", "steps": [
          { "name": "ContentDefinition", "ContentTypes": [ { "Name": "UrgentNotice", "DisplayName": "Urgent notice",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true } },
              "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} } ] } ] },
          { "name": "WorkflowType", "data": [ {
              "WorkflowTypeId": "{{{typeId}}}", "Name": "Publish urgent notices", "IsEnabled": true, "IsSingleton": false,
              "LockTimeout": 0, "LockExpiration": 0, "DeleteFinishedWorkflows": false,
              "Activities": [
                { "ActivityId": "created", "Name": "ContentCreatedEvent", "X": 20, "Y": 30, "IsStart": true,
                  "Properties": { "ActivityMetadata": { "Title": "Oprettet" }, "ContentTypeFilter": [ "UrgentNotice" ] } },
                { "ActivityId": "urgent", "Name": "IfElseTask", "X": 300, "Y": 30, "IsStart": false,
                  "Properties": { "ActivityMetadata": { "Title": "Haster det?" }, "Condition": { "Expression": "Input.DisplayText contains \"Haster\"" } } },
                { "ActivityId": "publish", "Name": "PublishContentTask", "X": 600, "Y": 0, "IsStart": false,
                  "Properties": { "ActivityMetadata": { "Title": "Udgiv" }, "Content": { "Expression": "{{ Input.ContentItemId }}" } } },
                { "ActivityId": "log", "Name": "LogTask", "X": 600, "Y": 120, "IsStart": false,
                  "Properties": { "ActivityMetadata": { "Title": "Log" }, "LogLevel": "Information", "Text": { "Expression": "{{ Input.DisplayText }} venter på redaktøren" } } } ],
              "Transitions": [
                { "SourceActivityId": "created", "SourceOutcomeName": "Done", "DestinationActivityId": "urgent" },
                { "SourceActivityId": "urgent", "SourceOutcomeName": "True", "DestinationActivityId": "publish" },
                { "SourceActivityId": "urgent", "SourceOutcomeName": "False", "DestinationActivityId": "log" } ] } ] } ] }
        """)!.AsObject();

    private async Task<string> CreateInAdminAsync(string typeName, string title, string submit)
    {
        var response = await Client.PostFormAsync($"/admin/content/new/{typeName}", $"/admin/content/new/{typeName}",
            [new("TitlePart.Title", title), new("Submit", submit)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString.Split('/')[3];
    }

    private Task DefineTypeAsync(string typeName) => Site.StoreTitledTypeAsync(typeName);
}
