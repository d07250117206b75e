using System.Text.Json.Nodes;
using Cms.Contents.Events;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace Cms.Contents.Metadata;

/// <summary>
/// Reads and changes content types and parts. Reads come from an in-memory snapshot shared by the node,
/// forgotten once a change made here is committed; other nodes notice the stored serial move on
/// (PublishedContentWatcher), so a type change made on one node is seen by all without a restart. Changes are
/// added to the caller's unit of work together with their audit-trail record, and
/// <see cref="ContentDefinitionChanged"/> is published (its after-commit work, such as evicting rendered pages,
/// runs when the caller's save commits); the caller saves.
/// </summary>
public sealed class ContentDefinitionManager(LtkDbContext db, ContentDefinitionCache cache, AuditTrailService audit, IEventPublisher events, TimeProvider clock)
{
    private ContentDefinition? _scoped;

    /// <summary>The definition as of this request (loaded once per scope), the request's own copy to change.</summary>
    public async Task<ContentDefinition> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_scoped is not null)
        {
            return _scoped;
        }

        // Callers may edit what they get; they get their own copy so the shared snapshot stays intact.
        _scoped = Copy(await GetSharedAsync(cancellationToken));
        return _scoped;
    }

    /// <summary>
    /// The definition for reading only (public pages): the node's shared snapshot, without a query or a copy once
    /// loaded; this request's own copy when it has one. Never change what this returns.
    /// </summary>
    public async Task<ContentDefinition> GetSharedAsync(CancellationToken cancellationToken = default)
    {
        if (_scoped is not null)
        {
            return _scoped;
        }

        if (cache.Current is { } shared)
        {
            return shared;
        }

        var generation = cache.Generation;
        var record = await db.Set<ContentDefinitionRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == 1, cancellationToken);
        var snapshot = record is null ? new ContentDefinition() : ContentDefinitionJson.Read((JsonObject)JsonNode.Parse(record.Json)!);
        // What a transaction reads may still be rolled back: only committed definitions are shared.
        if (db.Database.CurrentTransaction is null)
        {
            cache.Set(record?.Serial ?? 0, snapshot, generation);
        }

        return snapshot;
    }

    /// <summary>The type for reading only (see <see cref="GetSharedAsync"/>).</summary>
    public async Task<ContentTypeDefinition?> GetSharedTypeAsync(string name, CancellationToken cancellationToken = default) =>
        (await GetSharedAsync(cancellationToken)).FindType(name);

    public async Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken cancellationToken = default) =>
        (await GetAsync(cancellationToken)).FindType(name);

    public async Task<ContentPartDefinition?> GetPartAsync(string name, CancellationToken cancellationToken = default) =>
        (await GetAsync(cancellationToken)).FindPart(name);

    /// <summary>Adds or replaces a type, recording the change. The caller saves the unit of work.</summary>
    public async Task StoreTypeAsync(ContentTypeDefinition type, string? eventName = null, CancellationToken cancellationToken = default)
    {
        var definition = await GetAsync(cancellationToken);
        var before = definition.FindType(type.Name);
        var beforeJson = before is null ? null : ContentDefinitionJson.WriteType(before);
        definition.Types.RemoveAll(t => t.Name == type.Name);
        definition.Types.Add(type);
        // A type's own part (named after the type) always exists once the type does.
        if (definition.FindPart(type.Name) is null && type.HasPart(type.Name))
        {
            definition.Parts.Add(new ContentPartDefinition { Name = type.Name });
        }

        audit.Record(new AuditTrailEntry("ContentType", eventName ?? (before is null ? "Created" : "Updated"), type.Name, type.DisplayName)
        {
            Before = beforeJson,
            After = ContentDefinitionJson.WriteType(type),
        });
        await WriteAsync(definition, new ContentDefinitionChanged(type.Name, null), cancellationToken);
    }

    /// <summary>Adds or replaces a part definition (its fields), recording the change.</summary>
    public async Task StorePartAsync(ContentPartDefinition part, string? eventName = null, CancellationToken cancellationToken = default)
    {
        var definition = await GetAsync(cancellationToken);
        var before = definition.FindPart(part.Name);
        var beforeJson = before is null ? null : ContentDefinitionJson.WritePart(before);
        definition.Parts.RemoveAll(p => p.Name == part.Name);
        definition.Parts.Add(part);
        audit.Record(new AuditTrailEntry("ContentPart", eventName ?? (before is null ? "Created" : "Updated"), part.Name, part.Name)
        {
            Before = beforeJson,
            After = ContentDefinitionJson.WritePart(part),
        });
        await WriteAsync(definition, new ContentDefinitionChanged(null, part.Name), cancellationToken);
    }

    /// <summary>Removes a type definition. Items of the type stay in storage untouched.</summary>
    public async Task DeleteTypeAsync(string name, CancellationToken cancellationToken = default)
    {
        var definition = await GetAsync(cancellationToken);
        if (definition.FindType(name) is not { } type)
        {
            return;
        }

        definition.Types.Remove(type);
        audit.Record(new AuditTrailEntry("ContentType", "Deleted", type.Name, type.DisplayName) { Before = ContentDefinitionJson.WriteType(type) });
        await WriteAsync(definition, new ContentDefinitionChanged(type.Name, null), cancellationToken);
    }

    private async Task WriteAsync(ContentDefinition definition, ContentDefinitionChanged change, CancellationToken cancellationToken)
    {
        // Find looks at the unit of work first: several changes before one save share the new record.
        var record = await db.Set<ContentDefinitionRecord>().FindAsync([1], cancellationToken);
        if (record is null)
        {
            record = new ContentDefinitionRecord();
            db.Add(record);
        }

        record.Json = ContentDefinitionJson.Write(definition.Types, definition.Parts).ToJsonString();
        record.Serial++;
        record.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        _scoped = definition;
        // Before the event, so the shared snapshot is forgotten before pages rendered from it are evicted.
        db.AfterCommit.Add(nameof(ContentDefinitionCache), _ =>
        {
            cache.Invalidate();
            return Task.CompletedTask;
        });
        await events.PublishAsync(change, cancellationToken);
    }

    private static ContentDefinition Copy(ContentDefinition definition) =>
        ContentDefinitionJson.Read(ContentDefinitionJson.Write(definition.Types, definition.Parts));
}

/// <summary>
/// The last loaded definition, shared by all requests of this node, with the stored serial it was read at. A save
/// forgets it; a load that started before the save does not put the old one back.
/// </summary>
public sealed class ContentDefinitionCache
{
    private volatile Entry? _current;
    private IReadOnlyList<ContentTypeDefinition> _lastKnown = [];
    private int _generation;

    /// <summary>The shared definition, or null when it must be read.</summary>
    public ContentDefinition? Current => _current?.Definition;

    /// <summary>The serial the shared definition was read at, or null.</summary>
    public int? Serial => _current?.Serial;

    /// <summary>Taken before a load; <see cref="Set"/> keeps the result only if nothing was forgotten since.</summary>
    public int Generation => Volatile.Read(ref _generation);

    public void Set(int serial, ContentDefinition definition, int generation)
    {
        var entry = new Entry(serial, definition);
        if (Generation == generation)
        {
            _current = entry;
            // A save between the check and the store: forget again rather than keep the old one.
            if (Generation != generation)
            {
                _current = null;
            }
        }

        _lastKnown = definition.Types;
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _current = null;
    }

    /// <summary>Type names known from the last load, for code that cannot wait (e.g. listing permissions).</summary>
    public IReadOnlyList<ContentTypeDefinition> LastKnownTypes => _lastKnown;

    private sealed record Entry(int Serial, ContentDefinition Definition);
}
