using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Cms.Contents;
using Cms.Contents.Handlers;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class ContentEventTests_Sqlite(SqliteContentEventSiteFixture fixture) : ContentEventTests<SqliteContentEventSiteFixture>(fixture), IClassFixture<SqliteContentEventSiteFixture>;

public sealed class ContentEventTests_Postgres(PostgresContentEventSiteFixture fixture) : ContentEventTests<PostgresContentEventSiteFixture>(fixture), IClassFixture<PostgresContentEventSiteFixture>;

public sealed class SqliteContentEventSiteFixture : ContentEventSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresContentEventSiteFixture : ContentEventSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>A site with two extra content handlers: one that records every event (and writes a row), one that fails on request.</summary>
public abstract class ContentEventSiteFixture : SiteFixture
{
    public EventRecorder Recorder { get; } = new();

    protected override SiteFactory CreateSite(TestDatabase database) => new(database)
    {
        TestServices = services =>
        {
            services.AddSingleton(Recorder);
            services.AddContentHandler<RecordingHandler>();
            services.AddContentHandler<FailingHandler>();
        },
    };
}

public sealed record RecordedEvent(string Event, string ContentItemId, string ContentItemVersionId, bool Published);

public sealed class EventRecorder
{
    private readonly ConcurrentQueue<RecordedEvent> _events = new();

    public IReadOnlyList<RecordedEvent> For(string contentItemId) => _events.Where(e => e.ContentItemId == contentItemId).ToList();

    public void Add(RecordedEvent e) => _events.Enqueue(e);
}

/// <summary>Records each event and adds a row in the same unit of work, as a module's handler would.</summary>
public sealed class RecordingHandler(EventRecorder recorder, LtkDbContext db) : ContentHandlerBase
{
    public const string Category = "EventTest";

    public override Task CreatedAsync(ContentContext context, CancellationToken cancellationToken) => Record("Created", context);

    public override Task UpdatedAsync(ContentContext context, CancellationToken cancellationToken) => Record("Updated", context);

    public override Task PublishedAsync(ContentContext context, CancellationToken cancellationToken) => Record("Published", context);

    public override Task UnpublishedAsync(ContentContext context, CancellationToken cancellationToken) => Record("Unpublished", context);

    public override Task RemovedAsync(ContentContext context, CancellationToken cancellationToken) => Record("Removed", context);

    public override Task RestoredAsync(ContentContext context, CancellationToken cancellationToken) => Record("Restored", context);

    private Task Record(string name, ContentContext context)
    {
        recorder.Add(new RecordedEvent(name, context.Item.ContentItemId, context.Item.ContentItemVersionId, context.Item.Published));
        db.Set<AuditTrailEvent>().Add(new AuditTrailEvent
        {
            CreatedUtc = DateTime.UtcNow,
            Category = Category,
            EventName = name,
            ObjectId = context.Item.ContentItemId,
            ObjectName = context.Item.DisplayText,
            UserName = "test",
        });
        return Task.CompletedTask;
    }
}

/// <summary>Runs after the recording handler and throws for items whose title asks for it.</summary>
public sealed class FailingHandler : ContentHandlerBase
{
    public const string Trigger = "[fail]";

    public override int Order => 5000;

    public override Task PublishedAsync(ContentContext context, CancellationToken cancellationToken) =>
        context.Item.DisplayText.Contains(Trigger, StringComparison.Ordinal)
            ? throw new InvalidOperationException("The test handler refused this item.")
            : Task.CompletedTask;
}

/// <summary>Content events reach handlers with the right item, and a handler's writes share the item's unit of work.</summary>
public abstract class ContentEventTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : ContentEventSiteFixture
{
    private const string TypeName = "EventArticle";

    private EventRecorder Recorder => Fixture.Recorder;

    private async Task EnsureTypeAsync() =>
        await Site.StoreTypeAsync(new ContentTypeDefinition
        {
            Name = TypeName,
            DisplayName = "Event article",
            Settings = new JsonObject { ["ContentTypeSettings"] = new JsonObject { ["Draftable"] = true, ["Versionable"] = true } },
            Parts = [new() { Name = PartNames.Title, PartName = PartNames.Title }],
        });

    private Task<T> WithContentAsync<T>(Func<ContentManager, Task<T>> action) =>
        Site.WithScopeAsync(s => action(s.GetRequiredService<ContentManager>()));

    private static async Task<ContentItem> NewItemAsync(ContentManager contents, string title)
    {
        var item = await contents.NewAsync(TypeName);
        item.Part(PartNames.Title)["Title"] = title;
        return item;
    }

    private Task<List<string>> RowsOfAsync(string contentItemId) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().AuditTrailEvents
            .Where(e => e.Category == RecordingHandler.Category && e.ObjectId == contentItemId)
            .OrderBy(e => e.Id).Select(e => e.EventName).ToListAsync());

    [Fact]
    public async Task Each_operation_raises_its_events_with_the_item_it_concerns()
    {
        await EnsureTypeAsync();

        var created = await WithContentAsync(async c => await c.CreateAsync(await NewItemAsync(c, "Første udgave"), publish: true));
        var id = created.ContentItemId;
        Assert.Equal([new("Created", id, created.ContentItemVersionId, true), new("Published", id, created.ContentItemVersionId, true)], Recorder.For(id));

        var draft = await WithContentAsync(async c =>
        {
            var edited = (await c.GetAsync(id, VersionOptions.Latest))!.CloneAsNewVersion();
            edited.Part(PartNames.Title)["Title"] = "Anden udgave";
            return await c.UpdateAsync(edited, created.ContentItemVersionId, publish: false);
        });
        Assert.NotEqual(created.ContentItemVersionId, draft.ContentItemVersionId);
        Assert.Equal(new RecordedEvent("Updated", id, draft.ContentItemVersionId, false), Recorder.For(id)[2]);

        Assert.True(await WithContentAsync(c => c.PublishAsync(id)));
        Assert.Equal(new RecordedEvent("Published", id, draft.ContentItemVersionId, true), Recorder.For(id)[3]);

        Assert.True(await WithContentAsync(c => c.UnpublishAsync(id)));
        Assert.Equal(new RecordedEvent("Unpublished", id, draft.ContentItemVersionId, false), Recorder.For(id)[4]);

        Assert.True(await WithContentAsync(c => c.PublishAsync(id)));
        Assert.True(await WithContentAsync(c => c.RemoveAsync(id)));
        var events = Recorder.For(id);
        Assert.Equal(["Created", "Published", "Updated", "Published", "Unpublished", "Published", "Unpublished", "Removed"], events.Select(e => e.Event));
        Assert.Equal(draft.ContentItemVersionId, events[^1].ContentItemVersionId);

        // Each event's row was stored with the change it belongs to.
        Assert.Equal(events.Select(e => e.Event), await RowsOfAsync(id));
        Assert.Null(await WithContentAsync(c => c.GetAsync(id, VersionOptions.Published)));
    }

    [Fact]
    public async Task When_a_later_handler_fails_neither_the_item_nor_an_earlier_handlers_row_is_stored()
    {
        await EnsureTypeAsync();
        string? id = null;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => WithContentAsync(async c =>
        {
            var item = await NewItemAsync(c, "Afvist " + FailingHandler.Trigger);
            id = item.ContentItemId;
            return await c.CreateAsync(item, publish: true);
        }));

        Assert.Equal("The test handler refused this item.", error.Message);
        Assert.NotNull(id);
        // The recording handler did run (the failing one comes after it) ...
        Assert.Equal(["Created", "Published"], Recorder.For(id).Select(e => e.Event));
        // ... but its rows went down with the item.
        Assert.Empty(await RowsOfAsync(id));
        Assert.Empty(await WithContentAsync(c => c.GetVersionsAsync(id)));
        var contentAudit = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().AuditTrailEvents.CountAsync(e => e.ObjectId == id));
        Assert.Equal(0, contentAudit);
    }

    [Fact]
    public async Task A_failing_publish_of_an_existing_item_keeps_the_stored_version_as_it_was()
    {
        await EnsureTypeAsync();
        var created = await WithContentAsync(async c => await c.CreateAsync(await NewItemAsync(c, "Kladde"), publish: false));
        var id = created.ContentItemId;
        var rowsBefore = await RowsOfAsync(id);

        await Assert.ThrowsAsync<InvalidOperationException>(() => WithContentAsync(async c =>
        {
            var edited = (await c.GetAsync(id, VersionOptions.Latest))!.CloneAsNewVersion();
            edited.Part(PartNames.Title)["Title"] = "Udgivet " + FailingHandler.Trigger;
            return await c.UpdateAsync(edited, created.ContentItemVersionId, publish: true);
        }));

        var versions = await WithContentAsync(c => c.GetVersionsAsync(id));
        var only = Assert.Single(versions);
        Assert.Equal("Kladde", only.DisplayText);
        Assert.False(only.Published);
        Assert.Equal(rowsBefore, await RowsOfAsync(id));
        Assert.Equal(["Created", "Updated", "Published"], Recorder.For(id).Select(e => e.Event));
    }
}
