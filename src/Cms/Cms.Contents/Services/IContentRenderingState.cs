namespace Cms.Contents.Services;

/// <summary>
/// Something besides the published content, the content definition and the site settings that rendered pages are
/// made from (the templates module's overrides). <see cref="RenderedContentCache"/> keeps a page body only while
/// every such state is the very object it was rendered with.
/// </summary>
public interface IContentRenderingState
{
    /// <summary>An immutable object standing for the current state, replaced on every change; null while unknown (not loaded).</summary>
    object? RenderingState { get; }
}
