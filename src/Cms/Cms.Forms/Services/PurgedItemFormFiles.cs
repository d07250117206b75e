using Cms.Contents.Events;
using Cms.Core.Data;
using Cms.Core.Events;
using Cms.Forms.Data;
using Microsoft.EntityFrameworkCore;

namespace Cms.Forms.Services;

/// <summary>
/// A submitted item purged for good takes its files (the attachments and whatever a module claimed for it, such as receipts)
/// and its submission row along. The rows go in the purge's unit of work; the stored files only once it is committed, so a
/// purge that rolls back leaves every file in place.
/// </summary>
public sealed class PurgedItemFormFiles(LtkDbContext db, IFormFileStore store) : IEventHandler<ContentPurged>
{
    public async Task HandleAsync(ContentPurged @event, CancellationToken cancellationToken)
    {
        var ids = @event.ContentItemIds;
        var files = db.Set<FormFileRecord>().Where(f => f.ContentItemId != null && ids.Contains(f.ContentItemId));
        var fileIds = await files.Select(f => f.FileId).ToListAsync(cancellationToken);
        await files.ExecuteDeleteAsync(cancellationToken);
        await db.Set<FormSubmissionRecord>().Where(s => ids.Contains(s.ContentItemId)).ExecuteDeleteAsync(cancellationToken);
        if (fileIds.Count > 0)
        {
            db.AfterCommit.Add("Delete the files of purged items", async ct =>
            {
                foreach (var fileId in fileIds)
                {
                    await store.DeleteAsync(fileId, ct);
                }
            });
        }
    }
}
