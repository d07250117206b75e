namespace Cms.Core.Events;

/// <summary>
/// Reacts to events of type <typeparamref name="TEvent"/> published by any module. Register it in a module's
/// Startup with <c>services.AddEventHandler&lt;TEvent, THandler&gt;()</c>; handlers are scoped, so they share the
/// publisher's unit of work.
/// </summary>
public interface IEventHandler<in TEvent>
    where TEvent : class
{
    /// <summary>When the handler runs; inside the unit of work unless it says otherwise.</summary>
    EventDelivery Delivery => EventDelivery.InUnitOfWork;

    /// <summary>Order among the handlers of one event with the same delivery, lowest first.</summary>
    int Order => 0;

    Task HandleAsync(TEvent @event, CancellationToken cancellationToken);
}
