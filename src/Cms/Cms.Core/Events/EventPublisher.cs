using Cms.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cms.Core.Events;

/// <summary>The scoped <see cref="IEventPublisher"/>: handlers come from the container, after-commit work goes to the context's queue.</summary>
public sealed partial class EventPublisher(IServiceProvider services, LtkDbContext db, ILogger<EventPublisher> logger) : IEventPublisher
{
    public async Task PublishAsync<TEvent>(TEvent @event, CancellationToken cancellationToken = default)
        where TEvent : class
    {
        var handlers = services.GetServices<IEventHandler<TEvent>>().OrderBy(h => h.Order).ToList();
        if (handlers.Count == 0)
        {
            return;
        }

        var afterCommit = new List<IEventHandler<TEvent>>();
        foreach (var handler in handlers)
        {
            if (handler.Delivery == EventDelivery.AfterCommit)
            {
                afterCommit.Add(handler);
            }
            else
            {
                await handler.HandleAsync(@event, cancellationToken);
            }
        }

        if (afterCommit.Count == 0)
        {
            return;
        }

        var eventName = typeof(TEvent).Name;
        if (db.Database.CurrentTransaction is null && db.AfterCommit.IsEmpty && !db.ChangeTracker.HasChanges())
        {
            // Published after the change was stored (or about nothing stored): there is no commit to wait for.
            foreach (var handler in afterCommit)
            {
                await RunAsync(handler, @event, eventName, cancellationToken);
            }

            return;
        }

        foreach (var handler in afterCommit)
        {
            db.AfterCommit.Add($"{eventName} → {handler.GetType().Name}", ct => handler.HandleAsync(@event, ct));
        }
    }

    private async Task RunAsync<TEvent>(IEventHandler<TEvent> handler, TEvent @event, string eventName, CancellationToken cancellationToken)
        where TEvent : class
    {
        try
        {
            await handler.HandleAsync(@event, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogHandlerFailed(logger, ex, eventName, handler.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "After-commit handler {Handler} of {Event} failed; the change it followed is stored")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string @event, string handler);
}
