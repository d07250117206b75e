using Cms.Core.Data;
using Cms.Core.Work;
using Cms.Forms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Cms.Forms.Services;

/// <summary>
/// The nightly deletion of expired drafts with the files only they kept, in batches, each its own short write, so a run that
/// stops halfway has kept what it did. A file a submission took is never touched.
/// </summary>
public sealed partial class FormDraftHousekeepingHandler(LtkDbContext db, IFormFileStore store, TimeProvider clock, ILogger<FormDraftHousekeepingHandler> logger) : IWorkHandler
{
    public const string WorkKind = "forms.drafts.housekeeping";

    /// <summary>The one recurring row's key.</summary>
    public const string Key = WorkKind;

    private const int Batch = 100;

    public string Kind => WorkKind;

    public async Task<WorkResult> HandleAsync(WorkContext work, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var total = 0;
        List<FormDraftRecord> expired;
        do
        {
            expired = await db.Set<FormDraftRecord>().Where(d => d.ExpiresUtc <= now).OrderBy(d => d.ExpiresUtc).Take(Batch).ToListAsync(cancellationToken);
            var ids = expired.Select(d => d.Id).ToList();
            var files = await db.Set<FormFileRecord>().Where(f => f.DraftId != null && ids.Contains(f.DraftId) && f.ContentItemId == null).ToListAsync(cancellationToken);
            foreach (var file in files)
            {
                await store.DeleteAsync(file.FileId, cancellationToken);
            }

            db.Set<FormFileRecord>().RemoveRange(files);
            db.Set<FormDraftRecord>().RemoveRange(expired);
            await db.SaveChangesAsync(cancellationToken);
            total += expired.Count;
        }
        while (expired.Count == Batch);

        LogDone(logger, total);
        return WorkResult.Done;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Form draft housekeeping deleted {Count} expired draft(s) with their files")]
    private static partial void LogDone(ILogger logger, int count);
}
