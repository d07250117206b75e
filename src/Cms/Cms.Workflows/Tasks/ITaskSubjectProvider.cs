using System.Security.Claims;

namespace Cms.Workflows.Tasks;

/// <summary>
/// Describes the content item a task is about, for its page: what the module that owns items lets this user see. The content
/// module provides it when both are present; without one the page shows only the item's id.
/// </summary>
public interface ITaskSubjectProvider
{
    Task<TaskSubject?> DescribeAsync(string contentItemId, ClaimsPrincipal user, CancellationToken cancellationToken);
}
