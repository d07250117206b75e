using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using Cms.Core.Data;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class ContentManagerTests_Sqlite(SqliteSiteFixture fixture) : ContentManagerTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class ContentManagerTests_Postgres(PostgresSiteFixture fixture) : ContentManagerTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>Versions, publishing, paths and conflicts as the content manager keeps them, on both databases.</summary>
public abstract class ContentManagerTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    [Fact]
    public async Task A_draft_on_top_of_a_published_version_leaves_the_published_one_live()
    {
        var type = await DefineTypeAsync("Article", versionable: true);
        var id = await WithManagerAsync(async m =>
        {
            var item = await m.NewAsync(type);
            item.Part(PartNames.Title)["Title"] = "Første udgave";
            return (await m.CreateAsync(item, publish: true)).ContentItemId;
        });

        await WithManagerAsync(async m =>
        {
            var latest = (await m.GetAsync(id, VersionOptions.Latest))!;
            latest.Part(PartNames.Title)["Title"] = "Anden udgave";
            return await m.UpdateAsync(latest, latest.ContentItemVersionId, publish: false);
        });

        await WithManagerAsync(async m =>
        {
            Assert.Equal("Første udgave", (await m.GetAsync(id, VersionOptions.Published))!.DisplayText);
            var latest = (await m.GetAsync(id, VersionOptions.Latest))!;
            Assert.Equal("Anden udgave", latest.DisplayText);
            Assert.False(latest.Published);
            var versions = await m.GetVersionsAsync(id);
            Assert.Equal([2, 1], versions.Select(v => v.Number));
            Assert.Single(versions, v => v.Latest);
            Assert.Single(versions, v => v.Published);

            Assert.True(await m.PublishAsync(id));
            return 0;
        });

        await WithManagerAsync(async m =>
        {
            Assert.Equal("Anden udgave", (await m.GetAsync(id, VersionOptions.Published))!.DisplayText);
            Assert.Single(await m.GetVersionsAsync(id), v => v.Published);
            return 0;
        });
    }

    [Fact]
    public async Task A_save_based_on_an_outdated_version_is_refused_and_the_other_save_is_kept()
    {
        var type = await DefineTypeAsync("Notice", versionable: true);
        var created = await WithManagerAsync(async m =>
        {
            var item = await m.NewAsync(type);
            item.Part(PartNames.Title)["Title"] = "Mødeindkaldelse";
            return await m.CreateAsync(item, publish: false);
        });

        // Two editors open version 1; the first saves.
        await WithManagerAsync(async m =>
        {
            var mine = (await m.GetAsync(created.ContentItemId, VersionOptions.Latest))!;
            mine.Part(PartNames.Title)["Title"] = "Mødeindkaldelse, rettet af den første";
            return await m.UpdateAsync(mine, created.ContentItemVersionId, publish: false);
        });

        var conflict = await Assert.ThrowsAsync<ContentConcurrencyException>(() => WithManagerAsync(async m =>
        {
            var theirs = (await m.GetVersionAsync(created.ContentItemVersionId))!;
            theirs.Part(PartNames.Title)["Title"] = "Mødeindkaldelse, rettet af den anden";
            return await m.UpdateAsync(theirs, created.ContentItemVersionId, publish: false);
        }));

        Assert.Equal("Mødeindkaldelse, rettet af den første", conflict.Theirs.DisplayText);
        await WithManagerAsync(async m =>
        {
            Assert.Equal("Mødeindkaldelse, rettet af den første", (await m.GetAsync(created.ContentItemId, VersionOptions.Latest))!.DisplayText);
            Assert.Equal(2, (await m.GetVersionsAsync(created.ContentItemId)).Count);
            return 0;
        });
    }

    [Fact]
    public async Task A_type_without_versions_updates_its_draft_in_place()
    {
        var type = await DefineTypeAsync("Snippet", versionable: false);
        var created = await WithManagerAsync(async m =>
        {
            var item = await m.NewAsync(type);
            item.Part(PartNames.Title)["Title"] = "Udkast";
            return await m.CreateAsync(item, publish: false);
        });

        await WithManagerAsync(async m =>
        {
            var item = (await m.GetAsync(created.ContentItemId, VersionOptions.Latest))!;
            item.Part(PartNames.Title)["Title"] = "Udkast, rettet";
            return await m.UpdateAsync(item, item.ContentItemVersionId, publish: false);
        });

        await WithManagerAsync(async m =>
        {
            var versions = await m.GetVersionsAsync(created.ContentItemId);
            Assert.Equal("Udkast, rettet", Assert.Single(versions).DisplayText);
            return 0;
        });
    }

    [Fact]
    public async Task Paths_come_from_the_title_stay_unique_and_old_paths_are_kept_for_redirects()
    {
        var type = await DefineTypeAsync("Story", versionable: true);
        var first = await CreatePublishedAsync(type, "Årets pris for god integration");
        var second = await CreatePublishedAsync(type, "Årets pris for god integration");

        Assert.Equal("aarets-pris-for-god-integration", first.As<AutoroutePart>().Path);
        Assert.Equal("aarets-pris-for-god-integration-2", second.As<AutoroutePart>().Path);

        // The editor types a new path for the first story and publishes.
        await WithManagerAsync(async m =>
        {
            var item = (await m.GetAsync(first.ContentItemId, VersionOptions.Latest))!;
            item.Part(PartNames.Autoroute)["Path"] = "/Integrationsprisen/2026/";
            return await m.UpdateAsync(item, item.ContentItemVersionId, publish: true);
        });

        await WithDbAsync(async db =>
        {
            var entries = await db.Set<AutorouteEntry>().Where(e => e.ContentItemId == first.ContentItemId).ToListAsync();
            Assert.Contains(entries, e => e.Path == "integrationsprisen/2026" && e.IsCurrent);
            Assert.Contains(entries, e => e.Path == "aarets-pris-for-god-integration" && !e.IsCurrent);
        });

        // A typed path that another item holds is refused, naming that item.
        var refused = await Assert.ThrowsAsync<ContentValidationException>(() => WithManagerAsync(async m =>
        {
            var item = (await m.GetAsync(second.ContentItemId, VersionOptions.Latest))!;
            item.Part(PartNames.Autoroute)["Path"] = "integrationsprisen/2026";
            return await m.UpdateAsync(item, item.ContentItemVersionId, publish: true);
        }));
        var error = Assert.Single(refused.Errors);
        Assert.Equal("AutoroutePart.Path", error.Key);
        Assert.Contains("Årets pris for god integration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_item_leaves_the_site_and_comes_back_as_a_draft_when_restored()
    {
        var type = await DefineTypeAsync("Event", versionable: true);
        var item = await CreatePublishedAsync(type, "Kulturfestival 2026");

        await WithManagerAsync(async m => await m.RemoveAsync(item.ContentItemId));
        await WithManagerAsync(async m =>
        {
            Assert.Null(await m.GetAsync(item.ContentItemId, VersionOptions.Published));
            Assert.NotNull((await m.GetAsync(item.ContentItemId, VersionOptions.Latest))!.DeletedUtc);
            return await m.RestoreAsync(item.ContentItemId);
        });

        await WithManagerAsync(async m =>
        {
            var restored = (await m.GetAsync(item.ContentItemId, VersionOptions.Latest))!;
            Assert.Null(restored.DeletedUtc);
            Assert.False(restored.Published);
            Assert.Equal("Kulturfestival 2026", restored.DisplayText);
            return 0;
        });

        await WithDbAsync(async db =>
        {
            var events = await db.AuditTrailEvents.Where(e => e.ObjectId == item.ContentItemId).OrderBy(e => e.Id).Select(e => e.EventName).ToListAsync();
            Assert.Equal(["Created", "Published", "Unpublished", "Deleted", "Restored"], events);
        });
    }

    private async Task<ContentItem> CreatePublishedAsync(string type, string title) =>
        await WithManagerAsync(async m =>
        {
            var item = await m.NewAsync(type);
            item.Part(PartNames.Title)["Title"] = title;
            return await m.CreateAsync(item, publish: true);
        });

    /// <summary>Defines a type (unique per test class run) with title, own part and autoroute.</summary>
    private async Task<string> DefineTypeAsync(string name, bool versionable)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<ContentDefinitionManager>();
        var type = new ContentTypeDefinition
        {
            Name = name,
            DisplayName = name,
            Parts =
            [
                new() { Name = PartNames.Title, PartName = PartNames.Title },
                new() { Name = name, PartName = name },
                new() { Name = PartNames.Autoroute, PartName = PartNames.Autoroute },
            ],
        };
        type.Settings.SetSettings(new ContentTypeSettings { Creatable = true, Listable = true, Draftable = true, Versionable = versionable });
        await definitions.StoreTypeAsync(type);
        await scope.ServiceProvider.GetRequiredService<LtkDbContext>().SaveChangesAsync();
        return name;
    }

    private async Task<T> WithManagerAsync<T>(Func<ContentManager, Task<T>> action)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ContentManager>());
    }

    private async Task WithDbAsync(Func<LtkDbContext, Task> action)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<LtkDbContext>());
    }
}
