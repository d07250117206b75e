using Cms.Core.Data;
using Cms.Core.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cms.Contents.Indexing;

/// <summary>
/// At start-up, asks each index provider whether any row is older than its version (one short query each) and, when one
/// is, queues the backfill from the start. Several nodes starting at once queue one row (the key is the provider's
/// version); a backfill already done for this version is run again, for rows an older node wrote meanwhile.
/// </summary>
public sealed class ContentIndexBackfillSchedule(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<IWorkQueue>();
        var queued = false;
        foreach (var provider in scope.ServiceProvider.GetServices<IContentIndexProvider>())
        {
            if ((await provider.StaleAsync(null, 1, cancellationToken)).Count == 0)
            {
                continue;
            }

            var key = ContentIndexBackfillHandler.KeyOf(provider);
            queued |= await queue.EnqueueAsync(ContentIndexBackfillHandler.WorkKind, key, new ContentIndexBackfillBatch(provider.Name, null), cancellationToken: cancellationToken)
                || await queue.RetryNowAsync(key, cancellationToken);
        }

        if (queued)
        {
            await scope.ServiceProvider.GetRequiredService<LtkDbContext>().SaveChangesAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
