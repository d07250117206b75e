using Cms.Contents.Metadata;
using Cms.Contents.Models;

namespace Cms.Contents.Handlers;

/// <summary>What a handler learns about a content event.</summary>
public sealed class ContentContext(ContentItem item, ContentTypeDefinition? type)
{
    /// <summary>The version the event is about.</summary>
    public ContentItem Item { get; } = item;

    /// <summary>The item's type, or null when the type has been removed from the definition.</summary>
    public ContentTypeDefinition? Type { get; } = type;

    /// <summary>The version before the change (the previous latest or published version), when there was one.</summary>
    public ContentItem? Previous { get; init; }

    /// <summary>Validation problems a handler found while the item was being updated (e.g. a path already taken).</summary>
    public List<ContentValidationError> Errors { get; } = [];
}

/// <summary>A problem with an item's data, tied to a form field when it can be (<c>Part.Field</c>).</summary>
public sealed record ContentValidationError(string Key, string Message);

/// <summary>
/// Reacts to content events (Orchard's IContentHandler). Handlers run inside the content manager's
/// unit of work: what they add to the database commits with the item, or not at all. The "-ing" events
/// come before the change is stored (a handler can still change the item or refuse with an error),
/// the "-ed" events after it is staged.
/// </summary>
public interface IContentHandler
{
    /// <summary>Order among handlers; part handlers that fill index columns run first.</summary>
    int Order => 0;

    Task UpdatingAsync(ContentContext context, CancellationToken cancellationToken);

    Task CreatedAsync(ContentContext context, CancellationToken cancellationToken);

    Task UpdatedAsync(ContentContext context, CancellationToken cancellationToken);

    Task PublishedAsync(ContentContext context, CancellationToken cancellationToken);

    Task UnpublishedAsync(ContentContext context, CancellationToken cancellationToken);

    Task RemovedAsync(ContentContext context, CancellationToken cancellationToken);

    Task RestoredAsync(ContentContext context, CancellationToken cancellationToken);
}

/// <summary>Base class with nothing to do for every event; override what matters.</summary>
public abstract class ContentHandlerBase : IContentHandler
{
    public virtual int Order => 0;

    public virtual Task UpdatingAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task CreatedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task UpdatedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task PublishedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task UnpublishedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task RemovedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task RestoredAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
