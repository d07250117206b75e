namespace Cms.Core.Events;

/// <summary>
/// Publishes in-process events to the handlers other modules registered (content created or published, an
/// application submitted, a meeting concluded…), so modules meet through events instead of calling each other.
/// </summary>
public interface IEventPublisher
{
    /// <summary>
    /// Runs the <see cref="EventDelivery.InUnitOfWork"/> handlers now, in order, and queues the
    /// <see cref="EventDelivery.AfterCommit"/> ones for the commit of the current unit of work. When nothing is
    /// waiting to be saved and no transaction is open, the change is already stored and they run at once.
    /// </summary>
    Task PublishAsync<TEvent>(TEvent @event, CancellationToken cancellationToken = default)
        where TEvent : class;
}
