using System.Security.Claims;
using Cms.Contents.Models;

namespace Cms.Contents.Editors;

/// <summary>
/// Adds a panel beside an item's editor (<c>services.AddContentEditorPanel&lt;T&gt;()</c>): a view component the edit page
/// renders above the form, outside it, so the panel may have forms of its own (e.g. the workflow module's tasks on the item).
/// The content module knows nothing of what a panel shows. Scoped; return null when the panel has nothing for this item.
/// </summary>
public interface IContentEditorPanelProvider
{
    Task<ContentEditorPanel?> BuildAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken);
}
