using System.Text.Json.Nodes;
using Cms.Contents.Events;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace Cms.Contents.Metadata;

/// <summary>
/// Reads and changes content types and parts. Reads come from an in-memory snapshot that is reloaded
/// when the stored serial moves on (a cheap check per request scope), so a type change made on one
/// node is seen by all without a restart. Changes are added to the caller's unit of work together with
/// their audit-trail record, and <see cref="ContentDefinitionChanged"/> is published (its after-commit work,
/// such as evicting rendered pages, runs when the caller's save commits); the caller saves.
/// </summary>
public sealed class ContentDefinitionManager(LtkDbContext db, ContentDefinitionCache cache, AuditTrailService audit, IEventPublisher events, TimeProvider clock)
{
    private ContentDefinition? _scoped;

    /// <summary>The definition as of this request (loaded once per scope).</summary>
    public async Task<ContentDefinition> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_scoped is not null)
        {
            return _scoped;
        }

        var serial = await db.Set<ContentDefinitionRecord>().Where(r => r.Id == 1).Select(r => (int?)r.Serial).FirstOrDefaultAsync(cancellationToken) ?? 0;
        var snapshot = cache.Get(serial);
        if (snapshot is null)
        {
            var record = await db.Set<ContentDefinitionRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == 1, cancellationToken);
            snapshot = record is null ? new ContentDefinition() : ContentDefinitionJson.Read((JsonObject)JsonNode.Parse(record.Json)!);
            cache.Set(serial, snapshot);
        }

        // Callers may edit what they get; they get their own copy so the shared snapshot stays intact.
        _scoped = Copy(snapshot);
        return _scoped;
    }

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
        await events.PublishAsync(change, cancellationToken);
    }

    private static ContentDefinition Copy(ContentDefinition definition) =>
        ContentDefinitionJson.Read(ContentDefinitionJson.Write(definition.Types, definition.Parts));
}

/// <summary>The last loaded definition, shared by all requests of this node, keyed by the stored serial.</summary>
public sealed class ContentDefinitionCache
{
    private (int Serial, ContentDefinition Definition)? _current;

    public ContentDefinition? Get(int serial) => _current is { } c && c.Serial == serial ? c.Definition : null;

    public void Set(int serial, ContentDefinition definition) => _current = (serial, definition);

    /// <summary>Type names known from the last load, for code that cannot wait (e.g. listing permissions).</summary>
    public IReadOnlyList<ContentTypeDefinition> LastKnownTypes => _current?.Definition.Types ?? [];
}
