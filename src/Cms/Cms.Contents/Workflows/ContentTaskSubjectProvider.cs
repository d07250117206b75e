using System.Security.Claims;
using Cms.Contents.Metadata;
using Cms.Contents.Services;
using Cms.Workflows.Tasks;

namespace Cms.Contents.Workflows;

/// <summary>
/// A task's item for its page: the title and type of the item's latest version, which the task's roles need to know what the
/// task is about, and a link only to what the user may open (the editor, or else the preview).
/// </summary>
public sealed class ContentTaskSubjectProvider(ContentManager contents, ContentDefinitionManager definitions, ContentTypeAccess access) : ITaskSubjectProvider
{
    public async Task<TaskSubject?> DescribeAsync(string contentItemId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!ContentIds.IsValid(contentItemId) || await contents.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken) is not { } item)
        {
            return null;
        }

        var type = await definitions.GetTypeAsync(item.ContentType, cancellationToken);
        var url = access.Can(user, ContentAction.Edit, type, item) ? $"/admin/content/{item.ContentItemId}/edit"
            : access.CanPreview(user, type, item) ? $"/preview/{item.ContentItemId}"
            : null;
        return new TaskSubject(item.DisplayText, type?.DisplayName ?? item.ContentType, url);
    }
}
