using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using Cms.Core.Data;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

/// <summary>Items for the public-site tests, made through the content manager the way the editor makes them.</summary>
internal static class PublicSiteContent
{
    /// <summary>A plain page type (title and address), so the tests do not depend on the seeded types' required fields.</summary>
    public const string TypeName = "PlainPage";

    public static async Task DefinePlainPageAsync(this SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<ContentDefinitionManager>();
        if (await definitions.GetTypeAsync(TypeName) is not null)
        {
            return;
        }

        var type = new ContentTypeDefinition
        {
            Name = TypeName,
            DisplayName = "Plain page",
            Parts = [.. new[] { PartNames.Title, PartNames.Autoroute }.Select(p => new ContentTypePartDefinition { Name = p, PartName = p })],
        };
        type.Settings.SetSettings(new ContentTypeSettings { Creatable = true, Listable = true, Draftable = true });
        await definitions.StoreTypeAsync(type);
        await scope.ServiceProvider.GetRequiredService<LtkDbContext>().SaveChangesAsync();
    }

    /// <summary>Creates and publishes a plain page; returns its id.</summary>
    public static async Task<string> PublishPlainPageAsync(this SiteFactory site, string title, string path)
    {
        await site.DefinePlainPageAsync();
        return await site.WithScopeAsync(async services =>
        {
            var contents = services.GetRequiredService<ContentManager>();
            var item = await contents.NewAsync(TypeName);
            item.Part(PartNames.Title)["Title"] = title;
            item.Part(PartNames.Autoroute)["Path"] = path;
            return (await contents.CreateAsync(item, publish: true)).ContentItemId;
        });
    }

    /// <summary>Saves a new title through the content manager, as a draft or published.</summary>
    public static Task RetitleAsync(this SiteFactory site, string contentItemId, string title, bool publish) => site.WithScopeAsync(async services =>
    {
        var contents = services.GetRequiredService<ContentManager>();
        var latest = await contents.GetAsync(contentItemId, VersionOptions.Latest) ?? throw new InvalidOperationException(contentItemId);
        latest.Part(PartNames.Title)["Title"] = title;
        return await contents.UpdateAsync(latest, latest.ContentItemVersionId, publish);
    });

    /// <summary>Changes the published title straight in the database, past the content manager: no event, no cache eviction.</summary>
    public static Task ChangeTitleBehindTheManagerAsync(this SiteFactory site, string contentItemId, string title) => site.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<LtkDbContext>();
        var published = await db.Set<ContentItem>().SingleAsync(i => i.ContentItemId == contentItemId && i.Published);
        published.Part(PartNames.Title)["Title"] = title;
        published.DisplayText = title;
        return await db.SaveChangesAsync();
    });

    /// <summary>Publishes the item at a new path through the content manager (the old path then redirects).</summary>
    public static Task MoveAsync(this SiteFactory site, string contentItemId, string path) => site.WithScopeAsync(async services =>
    {
        var contents = services.GetRequiredService<ContentManager>();
        var latest = await contents.GetAsync(contentItemId, VersionOptions.Latest) ?? throw new InvalidOperationException(contentItemId);
        latest.Part(PartNames.Autoroute)["Path"] = path;
        return await contents.UpdateAsync(latest, latest.ContentItemVersionId, publish: true);
    });

    /// <summary>
    /// Changes the published title past the content manager and lets the published content store read it, but evicts
    /// no cached page: a fresh render shows the change, a cached page does not.
    /// </summary>
    public static async Task ChangeTitleBehindTheCacheAsync(this SiteFactory site, string contentItemId, string title)
    {
        await site.ChangeTitleBehindTheManagerAsync(contentItemId, title);
        await site.Services.GetRequiredService<PublishedContentStore>().RefreshAsync([contentItemId]);
    }

    /// <summary>Runs an action of the content manager (publish, unpublish, remove) in a scope of its own.</summary>
    public static Task<bool> WithContentManagerAsync(this SiteFactory site, Func<ContentManager, Task<bool>> action) =>
        site.WithScopeAsync(services => action(services.GetRequiredService<ContentManager>()));
}
