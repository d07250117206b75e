using Cms.Contents.Events;
using Cms.Contents.Services;
using Cms.Core.Events;

namespace Cms.Contents.Handlers;

/// <summary>
/// Empties the node's rendered page bodies after any committed save, drafts included. Publishing, a type, a template
/// or a setting change replace an input the bodies are keyed by already; a draft does not, yet a content picker shows
/// the latest titles of the items it links.
/// </summary>
public sealed class RenderedContentCacheHandler(RenderedContentCache rendered) : IEventHandler<ContentUpdated>
{
    public Task HandleAsync(ContentUpdated @event, CancellationToken cancellationToken)
    {
        rendered.Clear();
        return Task.CompletedTask;
    }
}
