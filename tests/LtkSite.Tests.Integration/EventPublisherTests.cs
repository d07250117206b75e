using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Cms.Contents.Events;
using Cms.Contents.Models;
using Cms.Contents.Parts;
using Cms.Core.Data;
using Cms.Core.Events;
using Cms.Core.Modules;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class EventPublisherTests_Sqlite(SqliteEventPublisherSiteFixture fixture) : EventPublisherTests<SqliteEventPublisherSiteFixture>(fixture), IClassFixture<SqliteEventPublisherSiteFixture>;

public sealed class EventPublisherTests_Postgres(PostgresEventPublisherSiteFixture fixture) : EventPublisherTests<PostgresEventPublisherSiteFixture>(fixture), IClassFixture<PostgresEventPublisherSiteFixture>;

public sealed class SqliteEventPublisherSiteFixture : EventPublisherSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresEventPublisherSiteFixture : EventPublisherSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>A site with two handlers of <see cref="ContentPublished"/> a module could add: one inside the unit of work, one after its commit.</summary>
public abstract class EventPublisherSiteFixture : SiteFixture
{
    public PublishProbe Probe { get; } = new();

    protected override SiteFactory CreateSite(TestDatabase database) => new(database)
    {
        TestServices = services =>
        {
            services.AddSingleton(Probe);
            services.AddEventHandler<ContentPublished, InUnitOfWorkProbeHandler>();
            services.AddEventHandler<ContentPublished, AfterCommitProbeHandler>();
        },
    };
}

/// <summary>What a handler saw when it ran: whether another connection could already read the published item.</summary>
public sealed record ProbeRecord(string Delivery, string ContentItemId, bool StoredWhenRun);

public sealed class PublishProbe
{
    /// <summary>A title that makes the in-unit-of-work handler refuse the change.</summary>
    public const string RefuseTitle = "Refused inside the unit of work";

    /// <summary>A title that makes the after-commit handler fail.</summary>
    public const string FailTitle = "Fails after the commit";

    private readonly ConcurrentQueue<ProbeRecord> _records = new();

    public IReadOnlyList<ProbeRecord> For(string contentItemId) => _records.Where(r => r.ContentItemId == contentItemId).ToList();

    public void Add(ProbeRecord record) => _records.Enqueue(record);

    /// <summary>Reads with a connection of its own, as another request would.</summary>
    public static async Task<bool> IsStoredAsync(IServiceScopeFactory scopes, string contentItemId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LtkDbContext>().Set<ContentItem>()
            .AnyAsync(i => i.ContentItemId == contentItemId && i.Published, cancellationToken);
    }
}

public sealed class InUnitOfWorkProbeHandler(PublishProbe probe, IServiceScopeFactory scopes) : IEventHandler<ContentPublished>
{
    public async Task HandleAsync(ContentPublished @event, CancellationToken cancellationToken)
    {
        if (@event.Item.DisplayText == PublishProbe.RefuseTitle)
        {
            throw new InvalidOperationException("The probe refuses this item.");
        }

        probe.Add(new("in", @event.Item.ContentItemId, await PublishProbe.IsStoredAsync(scopes, @event.Item.ContentItemId, cancellationToken)));
    }
}

public sealed class AfterCommitProbeHandler(PublishProbe probe, IServiceScopeFactory scopes) : IEventHandler<ContentPublished>
{
    public EventDelivery Delivery => EventDelivery.AfterCommit;

    public async Task HandleAsync(ContentPublished @event, CancellationToken cancellationToken)
    {
        probe.Add(new("after", @event.Item.ContentItemId, await PublishProbe.IsStoredAsync(scopes, @event.Item.ContentItemId, cancellationToken)));
        if (@event.Item.DisplayText == PublishProbe.FailTitle)
        {
            throw new InvalidOperationException("The probe fails after the commit.");
        }
    }
}

/// <summary>
/// Modules subscribe to events with handlers that run inside the publisher's unit of work or after its commit,
/// as each declares; after-commit work (such as evicting cached pages) never runs for a change that was not stored.
/// </summary>
public abstract class EventPublisherTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : EventPublisherSiteFixture
{
    private PublishProbe Probe => Fixture.Probe;

    [Fact]
    public async Task A_publish_runs_the_unit_of_work_handler_before_the_commit_and_the_after_commit_handler_once_it_is_stored()
    {
        var id = await Site.PublishPlainPageAsync("Events A", "events-a");

        Assert.Equal([new("in", id, false), new("after", id, true)], Probe.For(id));
    }

    [Fact]
    public async Task A_unit_of_work_handler_that_throws_stops_the_change_and_nothing_runs_after_it()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Site.PublishPlainPageAsync(PublishProbe.RefuseTitle, "events-refused"));

        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/events-refused")).StatusCode);
        Assert.Empty(await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<ContentItem>().Where(i => i.DisplayText == PublishProbe.RefuseTitle).ToListAsync()));
    }

    [Fact]
    public async Task An_after_commit_handler_that_fails_is_logged_and_the_change_stays()
    {
        Site.Logs.ExpectContaining("the change it followed is stored");

        var id = await Site.PublishPlainPageAsync(PublishProbe.FailTitle, "events-fails-after");

        Assert.Equal([new("in", id, false), new("after", id, true)], Probe.For(id));
        Assert.Contains("<h1>Fails after the commit</h1>", await Client.GetStringAsync("/events-fails-after"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recipe_that_fails_after_publishing_an_item_runs_no_after_commit_handler()
    {
        await Site.DefinePlainPageAsync();
        const string id = "eventsrecipe00000000000001";
        var recipe = new JsonObject
        {
            ["name"] = "EventsRollback",
            ["steps"] = new JsonArray(
                ContentStep(id, PublicSiteContent.TypeName, "Published then rolled back", "events-rolled-back"),
                ContentStep("eventsrecipe00000000000002", "NoSuchType", "Never", "never")),
        };
        await Client.LoginAsAdminAsync();
        Site.Logs.ExpectContaining("failed at step Content");

        var html = await (await Client.UploadRecipeAsync(Encoding.UTF8.GetBytes(recipe.ToJsonString()), "events.recipe.json")).Content.ReadAsStringAsync();

        Assert.Contains("Intet blev ændret.", html, StringComparison.Ordinal);
        Assert.Equal([new("in", id, false)], Probe.For(id));
        Assert.Equal(HttpStatusCode.NotFound, (await Site.CreateClient().GetAsync("/events-rolled-back")).StatusCode);
    }

    [Fact]
    public async Task A_type_changed_by_a_recipe_evicts_its_cached_pages_as_a_change_in_the_editor_does()
    {
        using var visitor = Site.CreateClient();
        var id = await Site.PublishPlainPageAsync("Evicted by a recipe", "events-evicted");
        Assert.Contains("<h1>Evicted by a recipe</h1>", await visitor.GetStringAsync("/events-evicted"), StringComparison.Ordinal);

        // Past the content manager (the published store refreshed, the page cache not): the cached page keeps the old title until something evicts it.
        await Site.ChangeTitleBehindTheCacheAsync(id, "Seen after the recipe");
        Assert.Contains("<h1>Evicted by a recipe</h1>", await visitor.GetStringAsync("/events-evicted"), StringComparison.Ordinal);

        var type = new JsonObject
        {
            ["Name"] = PublicSiteContent.TypeName,
            ["DisplayName"] = "Plain page (changed by a recipe)",
            ["ContentTypePartDefinitionRecords"] = new JsonArray(
                new JsonObject { ["PartName"] = PartNames.Title, ["Name"] = PartNames.Title },
                new JsonObject { ["PartName"] = PartNames.Autoroute, ["Name"] = PartNames.Autoroute }),
        };
        var result = await Site.RunRecipeAsync(new JsonObject
        {
            ["name"] = "EventsTypeChange",
            ["steps"] = new JsonArray(new JsonObject { ["name"] = "ContentDefinition", ["ContentTypes"] = new JsonArray(type) }),
        }.ToJsonString());
        Assert.True(result.Succeeded, result.Error);

        Assert.Contains("<h1>Seen after the recipe</h1>", await visitor.GetStringAsync("/events-evicted"), StringComparison.Ordinal);

        // The same change of the type in the editor evicts the same way.
        await Site.ChangeTitleBehindTheCacheAsync(id, "Seen after the editor");
        Assert.Contains("<h1>Seen after the recipe</h1>", await visitor.GetStringAsync("/events-evicted"), StringComparison.Ordinal);
        await Client.LoginAsAdminAsync();
        var saved = await Client.PostFormAsync(
            $"/admin/content-types/{PublicSiteContent.TypeName}/parts/{PartNames.Autoroute}",
            $"/admin/content-types/{PublicSiteContent.TypeName}/parts/{PartNames.Autoroute}",
            [new("Pattern", "{{ ContentItem.DisplayText | slugify }}"), new("AllowCustomPath", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Contains("<h1>Seen after the editor</h1>", await visitor.GetStringAsync("/events-evicted"), StringComparison.Ordinal);
    }

    private static JsonObject ContentStep(string id, string type, string title, string path) => new()
    {
        ["name"] = "Content",
        ["data"] = new JsonArray(new JsonObject
        {
            ["ContentItemId"] = id,
            ["ContentType"] = type,
            ["DisplayText"] = title,
            ["Latest"] = true,
            ["Published"] = true,
            [PartNames.Title] = new JsonObject { ["Title"] = title },
            [PartNames.Autoroute] = new JsonObject { ["Path"] = path },
        }),
    };
}
