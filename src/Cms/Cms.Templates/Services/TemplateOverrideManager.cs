using System.Text.Json.Nodes;
using Cms.Contents.Services;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Templates.Models;
using Microsoft.EntityFrameworkCore;

namespace Cms.Templates.Services;

/// <summary>
/// Stores and deletes template overrides with their audit record. Once the change is committed the parsed
/// overrides are read again and every rendered page is evicted from the output cache, whoever made the change.
/// </summary>
public sealed class TemplateOverrideManager(LtkDbContext db, TemplateCache cache, PageCacheEviction pages, AuditTrailService audit, TimeProvider clock)
{
    public const string AuditCategory = "Templates";

    public Task<TemplateOverride?> FindAsync(string? name, CancellationToken cancellationToken) =>
        db.Set<TemplateOverride>().FirstOrDefaultAsync(o => o.Name == name, cancellationToken);

    /// <summary>Saves <paramref name="content"/> as the override of <paramref name="name"/> (validated by the caller).</summary>
    public async Task SaveAsync(string name, string content, string userName, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(name, cancellationToken);
        var before = existing?.Content;
        if (existing is null)
        {
            existing = new TemplateOverride { Name = name };
            db.Add(existing);
        }

        existing.Content = content;
        existing.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        existing.ModifiedBy = userName;
        audit.Record(new AuditTrailEntry(AuditCategory, "Saved", name, name)
        {
            ObjectType = "Template",
            Before = before is null ? null : JsonValue.Create(before),
            After = JsonValue.Create(content),
        });
        await CommitAsync(cancellationToken);
    }

    public async Task DeleteAsync(TemplateOverride existing, CancellationToken cancellationToken)
    {
        db.Remove(existing);
        audit.Record(new AuditTrailEntry(AuditCategory, "Deleted", existing.Name, existing.Name)
        {
            ObjectType = "Template",
            Before = JsonValue.Create(existing.Content),
        });
        await CommitAsync(cancellationToken);
    }

    private async Task CommitAsync(CancellationToken cancellationToken)
    {
        db.AfterCommit.Add(nameof(TemplateCache), _ =>
        {
            cache.Invalidate();
            return Task.CompletedTask;
        });
        pages.Evict(OutputCacheTags.Rendering);
        await db.SaveChangesAsync(cancellationToken);
    }
}
