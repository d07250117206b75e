using System.Security.Claims;
using Cms.Contents.Editors;
using Cms.Contents.Models;
using Cms.Workflows.Tasks;

namespace Cms.Contents.Workflows;

/// <summary>Puts the item's open workflow tasks, with their buttons, on its edit page.</summary>
public sealed class ContentTasksPanelProvider : IContentEditorPanelProvider
{
    public Task<ContentEditorPanel?> BuildAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Task.FromResult<ContentEditorPanel?>(new(TasksPanelViewComponent.Name,
            new { contentItemId = item.ContentItemId, returnUrl = $"/admin/content/{item.ContentItemId}/edit" }));
}
