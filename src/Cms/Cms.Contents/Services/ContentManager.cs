using Cms.Contents.Events;
using Cms.Contents.Handlers;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Core.Data;
using Cms.Core.Events;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Cms.Contents.Services;

/// <summary>Which version of an item to load.</summary>
public enum VersionOptions
{
    /// <summary>The newest version, draft or published.</summary>
    Latest,

    /// <summary>The version visitors see.</summary>
    Published,
}

/// <summary>
/// Creates, versions, publishes and removes content items (Orchard's ContentManager). Each operation is
/// one unit of work: the item's rows, the index columns the part handlers derive, and what other
/// handlers add (routes, audit trail, workflow events) are saved together or not at all. Part handlers
/// (<see cref="IContentHandler"/>) shape the item first; then the content events (<see cref="ContentEvent"/>)
/// are published, whose after-commit handlers (page cache eviction, …) run once the save has committed.
/// </summary>
public sealed class ContentManager(
    LtkDbContext db,
    ContentDefinitionManager definitions,
    IEnumerable<IContentHandler> handlers,
    IHttpContextAccessor httpContext,
    IEventPublisher events,
    TimeProvider clock)
{
    /// <summary>How long a deleted item can be restored.</summary>
    public static readonly TimeSpan RestorePeriod = TimeSpan.FromDays(30);

    private readonly IReadOnlyList<IContentHandler> _handlers = handlers.OrderBy(h => h.Order).ToList();

    private DbSet<ContentItem> Items => db.Set<ContentItem>();

    /// <summary>A new, unsaved item of the type with an empty object for each of its parts.</summary>
    public async Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default)
    {
        var type = await definitions.GetTypeAsync(contentType, cancellationToken)
            ?? throw new InvalidOperationException($"Unknown content type '{contentType}'.");
        var item = new ContentItem { ContentItemId = ContentIds.New(), ContentType = type.Name };
        foreach (var part in type.Parts)
        {
            item.Part(part.Name);
        }

        return item;
    }

    public Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default) =>
        options == VersionOptions.Published
            ? Items.AsNoTracking().FirstOrDefaultAsync(i => i.ContentItemId == contentItemId && i.Published && i.DeletedUtc == null, cancellationToken)
            : Items.AsNoTracking().FirstOrDefaultAsync(i => i.ContentItemId == contentItemId && i.Latest, cancellationToken);

    public Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default) =>
        Items.AsNoTracking().FirstOrDefaultAsync(i => i.ContentItemVersionId == contentItemVersionId, cancellationToken);

    /// <summary>All versions of an item, newest first.</summary>
    public async Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        await Items.AsNoTracking().Where(i => i.ContentItemId == contentItemId).OrderByDescending(i => i.Number).ToListAsync(cancellationToken);

    /// <summary>Stores a new item as its first version, published or as a draft.</summary>
    public async Task<ContentItem> CreateAsync(ContentItem item, bool publish, CancellationToken cancellationToken = default)
    {
        var type = await definitions.GetTypeAsync(item.ContentType, cancellationToken);
        var now = Now;
        item.Id = 0;
        item.ContentItemId = string.IsNullOrEmpty(item.ContentItemId) ? ContentIds.New() : item.ContentItemId;
        item.ContentItemVersionId = ContentIds.New();
        item.Number = 1;
        item.Latest = true;
        item.Published = publish || !Draftable(type);
        item.HasPublished = item.Published;
        item.Owner = string.IsNullOrEmpty(item.Owner) ? UserName : item.Owner;
        item.Author = UserName;
        item.CreatedUtc = item.CreatedUtc == default ? now : item.CreatedUtc;
        item.ModifiedUtc = now;
        item.PublishedUtc = item.Published ? now : null;
        item.ConcurrencyStamp = Guid.NewGuid();

        var context = new ContentContext(item, type);
        await RunUpdatingAsync(context, cancellationToken);
        Items.Add(item);
        await RaiseAsync((h, c, ct) => h.CreatedAsync(c, ct), context, new ContentCreated(item, type), cancellationToken);
        if (item.Published)
        {
            await RaiseAsync((h, c, ct) => h.PublishedAsync(c, ct), context, new ContentPublished(item, type), cancellationToken);
        }

        await SaveAsync(item, cancellationToken);
        return item;
    }

    /// <summary>
    /// Saves an edited item. <paramref name="baseVersion"/> is the version the editor started from:
    /// if someone saved in between, nothing is saved and <see cref="ContentConcurrencyException"/> says whose
    /// version is now the latest (<see cref="BaseVersion.SaveOverLatest"/> skips that check, on purpose).
    /// Versionable types and edits of a published version get a new version; a draft of a type without
    /// versions is updated in place.
    /// </summary>
    public async Task<ContentItem> UpdateAsync(ContentItem edited, BaseVersion baseVersion, bool publish, DateTime? scheduledPublishUtc = null, CancellationToken cancellationToken = default)
    {
        var latest = await Items.FirstOrDefaultAsync(i => i.ContentItemId == edited.ContentItemId && i.Latest, cancellationToken)
            ?? throw new InvalidOperationException($"Content item '{edited.ContentItemId}' does not exist.");
        if (baseVersion.VersionId is { } baseVersionId && latest.ContentItemVersionId != baseVersionId)
        {
            throw new ContentConcurrencyException(latest);
        }

        var type = await definitions.GetTypeAsync(latest.ContentType, cancellationToken);
        publish |= !Draftable(type);
        var published = latest.Published ? latest : await Items.FirstOrDefaultAsync(i => i.ContentItemId == latest.ContentItemId && i.Published, cancellationToken);
        var newVersion = Versionable(type) || latest.Published;

        ContentItem target;
        var before = newVersion ? latest : latest.CopyVersion();
        if (newVersion)
        {
            target = latest.CloneAsNewVersion();
            target.Content = edited.Content;
            target.ContentItemVersionId = ContentIds.New();
            target.Number = await Items.Where(i => i.ContentItemId == latest.ContentItemId).MaxAsync(i => i.Number, cancellationToken) + 1;
            latest.Latest = false;
            latest.ScheduledPublishUtc = null;
            Touch(latest);
            Items.Add(target);
        }
        else
        {
            target = latest;
            target.Content = edited.Content;
            Touch(target);
        }

        target.Latest = true;
        target.Published = false;
        target.Author = UserName;
        target.ModifiedUtc = Now;
        target.ScheduledPublishUtc = publish ? null : scheduledPublishUtc;
        var context = new ContentContext(target, type) { Previous = before };
        await RunUpdatingAsync(context, cancellationToken);
        await RaiseAsync((h, c, ct) => h.UpdatedAsync(c, ct), context, new ContentUpdated(target, type, before), cancellationToken);
        if (newVersion)
        {
            await events.PublishAsync(new ContentVersioned(target, type, latest), cancellationToken);
        }

        if (publish)
        {
            await PublishVersionAsync(target, published, type, cancellationToken);
        }

        target.HasPublished = target.Published || published is { Published: true };
        await SaveAsync(target, cancellationToken);
        return target;
    }

    /// <summary>Publishes the latest version of an item (bulk actions, scheduled publishing).</summary>
    public async Task<bool> PublishAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var latest = await Items.FirstOrDefaultAsync(i => i.ContentItemId == contentItemId && i.Latest && i.DeletedUtc == null, cancellationToken);
        if (latest is null || latest.Published)
        {
            return false;
        }

        var type = await definitions.GetTypeAsync(latest.ContentType, cancellationToken);
        var published = await Items.FirstOrDefaultAsync(i => i.ContentItemId == contentItemId && i.Published, cancellationToken);
        var context = new ContentContext(latest, type) { Previous = published };
        await RunUpdatingAsync(context, cancellationToken);
        await PublishVersionAsync(latest, published, type, cancellationToken);
        latest.HasPublished = true;
        await SaveAsync(latest, cancellationToken);
        return true;
    }

    /// <summary>Takes an item off the public site; its latest version stays as a draft.</summary>
    public async Task<bool> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var published = await Items.FirstOrDefaultAsync(i => i.ContentItemId == contentItemId && i.Published, cancellationToken);
        if (published is null)
        {
            return false;
        }

        published.Published = false;
        Touch(published);
        var latest = published.Latest ? published : await Items.FirstAsync(i => i.ContentItemId == contentItemId && i.Latest, cancellationToken);
        latest.HasPublished = false;
        Touch(latest);
        var type = await definitions.GetTypeAsync(published.ContentType, cancellationToken);
        await RaiseAsync((h, c, ct) => h.UnpublishedAsync(c, ct), new ContentContext(published, type), new ContentUnpublished(published, type), cancellationToken);
        await SaveAsync(published, cancellationToken);
        return true;
    }

    /// <summary>Deletes an item: it leaves the site and the lists, and can be restored for <see cref="RestorePeriod"/>.</summary>
    public async Task<bool> RemoveAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var versions = await Items.Where(i => i.ContentItemId == contentItemId && i.DeletedUtc == null).ToListAsync(cancellationToken);
        var latest = versions.FirstOrDefault(v => v.Latest);
        if (latest is null)
        {
            return false;
        }

        var published = versions.FirstOrDefault(v => v.Published);
        var type = await definitions.GetTypeAsync(latest.ContentType, cancellationToken);
        if (published is not null)
        {
            published.Published = false;
            await RaiseAsync((h, c, ct) => h.UnpublishedAsync(c, ct), new ContentContext(published, type), new ContentUnpublished(published, type), cancellationToken);
        }

        latest.HasPublished = false;
        var now = Now;
        foreach (var version in versions)
        {
            version.DeletedUtc = now;
            version.ScheduledPublishUtc = null;
            Touch(version);
        }

        await RaiseAsync((h, c, ct) => h.RemovedAsync(c, ct), new ContentContext(latest, type) { Previous = published }, new ContentDeleted(latest, type, published), cancellationToken);
        await SaveAsync(latest, cancellationToken);
        return true;
    }

    /// <summary>Brings a deleted item back as a draft.</summary>
    public async Task<bool> RestoreAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var versions = await Items.Where(i => i.ContentItemId == contentItemId && i.DeletedUtc != null).ToListAsync(cancellationToken);
        var latest = versions.FirstOrDefault(v => v.Latest);
        if (latest is null)
        {
            return false;
        }

        foreach (var version in versions)
        {
            version.DeletedUtc = null;
            Touch(version);
        }

        var type = await definitions.GetTypeAsync(latest.ContentType, cancellationToken);
        await RaiseAsync((h, c, ct) => h.RestoredAsync(c, ct), new ContentContext(latest, type), new ContentRestored(latest, type), cancellationToken);
        await SaveAsync(latest, cancellationToken);
        return true;
    }

    /// <summary>Makes an old version's content the new draft (the history keeps everything in between).</summary>
    public async Task<ContentItem> RestoreVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default)
    {
        var old = await GetVersionAsync(contentItemVersionId, cancellationToken)
            ?? throw new InvalidOperationException($"Version '{contentItemVersionId}' does not exist.");
        var edited = old.CloneAsNewVersion();
        return await UpdateAsync(edited, BaseVersion.SaveOverLatest, publish: false, cancellationToken: cancellationToken);
    }

    /// <summary>A copy of the item's latest version as a new draft item.</summary>
    public async Task<ContentItem> CloneAsync(string contentItemId, Func<ContentItem, Task>? adjust = null, CancellationToken cancellationToken = default)
    {
        var source = await GetAsync(contentItemId, VersionOptions.Latest, cancellationToken)
            ?? throw new InvalidOperationException($"Content item '{contentItemId}' does not exist.");
        var clone = source.CloneAsNewVersion();
        clone.ContentItemId = ContentIds.New();
        clone.Owner = UserName;
        clone.CreatedUtc = default;
        clone.PublishedUtc = null;
        clone.LocalizationSet = null;
        if (adjust is not null)
        {
            await adjust(clone);
        }

        return await CreateAsync(clone, publish: false, cancellationToken);
    }

    /// <summary>Publishes scheduled drafts that are due; returns how many.</summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        var due = await Items.Where(i => i.Latest && i.ScheduledPublishUtc != null && i.ScheduledPublishUtc <= now && i.DeletedUtc == null)
            .Select(i => i.ContentItemId).ToListAsync(cancellationToken);
        var count = 0;
        foreach (var id in due)
        {
            if (await PublishAsync(id, cancellationToken))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Removes for good the items deleted more than <see cref="RestorePeriod"/> ago.</summary>
    public async Task<int> PurgeDeletedAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = Now - RestorePeriod;
        var expired = await Items.Where(i => i.DeletedUtc != null && i.DeletedUtc < cutoff && i.Latest).Select(i => i.ContentItemId).ToListAsync(cancellationToken);
        foreach (var chunk in expired.Chunk(500))
        {
            // What modules keep about the items (their files, index rows) goes in the same unit of work as the items.
            await using var unit = await db.BeginUnitOfWorkAsync(cancellationToken);
            await events.PublishAsync(new ContentPurged(chunk), cancellationToken);

            // The paths go with the item, so they can be used again.
            await db.Set<AutorouteEntry>().Where(e => chunk.Contains(e.ContentItemId)).ExecuteDeleteAsync(cancellationToken);
            await Items.Where(i => chunk.Contains(i.ContentItemId)).ExecuteDeleteAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await unit.CommitAsync(cancellationToken);
        }

        return expired.Count;
    }

    private async Task PublishVersionAsync(ContentItem version, ContentItem? previouslyPublished, ContentTypeDefinition? type, CancellationToken cancellationToken)
    {
        if (previouslyPublished is not null && !ReferenceEquals(previouslyPublished, version))
        {
            previouslyPublished.Published = false;
            Touch(previouslyPublished);
        }

        version.Published = true;
        version.ScheduledPublishUtc = null;
        version.PublishedUtc = Now;
        Touch(version);
        await RaiseAsync((h, c, ct) => h.PublishedAsync(c, ct), new ContentContext(version, type) { Previous = previouslyPublished }, new ContentPublished(version, type, previouslyPublished), cancellationToken);
    }

    private async Task RunUpdatingAsync(ContentContext context, CancellationToken cancellationToken)
    {
        await RaiseAsync((h, c, ct) => h.UpdatingAsync(c, ct), context, cancellationToken);
        var item = context.Item;
        if (string.IsNullOrWhiteSpace(item.DisplayText))
        {
            item.DisplayText = context.Type?.DisplayName ?? item.ContentType;
        }

        item.DisplayTextNormalized = item.DisplayText.ToLowerInvariant();
        if (context.Errors.Count > 0)
        {
            throw new ContentValidationException(context.Errors);
        }
    }

    private async Task RaiseAsync(Func<IContentHandler, ContentContext, CancellationToken, Task> handler, ContentContext context, CancellationToken cancellationToken)
    {
        foreach (var h in _handlers)
        {
            await handler(h, context, cancellationToken);
        }
    }

    /// <summary>The part handlers' step of an event, then the event for every other module.</summary>
    private async Task RaiseAsync<TEvent>(Func<IContentHandler, ContentContext, CancellationToken, Task> handler, ContentContext context, TEvent @event, CancellationToken cancellationToken)
        where TEvent : ContentEvent
    {
        await RaiseAsync(handler, context, cancellationToken);
        await events.PublishAsync(@event, cancellationToken);
    }

    /// <summary>
    /// Saves the unit of work. Outside a caller's transaction this commits, and the after-commit work queued by
    /// the event handlers runs (see <see cref="AfterCommitQueue"/>); inside one (recipes) it runs at the caller's commit.
    /// </summary>
    private async Task SaveAsync(ContentItem item, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another save of the same item won the race between our read and our write.
            db.ChangeTracker.Clear();
            var theirs = await GetAsync(item.ContentItemId, VersionOptions.Latest, cancellationToken);
            throw theirs is null ? new InvalidOperationException($"Content item '{item.ContentItemId}' was deleted in the meantime.") : new ContentConcurrencyException(theirs);
        }
    }

    private static void Touch(ContentItem item) => item.ConcurrencyStamp = Guid.NewGuid();

    private static bool Draftable(ContentTypeDefinition? type) => type?.TypeSettings.Draftable ?? true;

    private static bool Versionable(ContentTypeDefinition? type) => type?.TypeSettings.Versionable ?? true;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private string UserName => Cms.Core.AuditTrail.AuditTrailService.UserNameOf(httpContext.HttpContext);
}
