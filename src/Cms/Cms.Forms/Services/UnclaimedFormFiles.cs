using Cms.Core.Data;
using Cms.Forms.Data;
using Microsoft.EntityFrameworkCore;

namespace Cms.Forms.Services;

/// <summary>
/// Removes files of forms that were never sent (no item claimed them within <see cref="Lifetime"/>, as long as the
/// form's state lives) nor saved as a draft (those go with the draft). Done a few at a time with each new upload, so no scheduled job is needed and no form that is
/// still being filled in loses its file.
/// </summary>
public sealed class UnclaimedFormFiles(LtkDbContext db, IFormFileStore store, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = FormStateProtector.Lifetime + TimeSpan.FromHours(1);

    private const int Batch = 20;

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - Lifetime;
        var stale = await db.Set<FormFileRecord>().Where(f => f.ContentItemId == null && f.DraftId == null && f.CreatedUtc < cutoff).OrderBy(f => f.CreatedUtc).Take(Batch).ToListAsync(cancellationToken);
        foreach (var file in stale)
        {
            await store.DeleteAsync(file.FileId, cancellationToken);
        }

        db.Set<FormFileRecord>().RemoveRange(stale);
    }
}
