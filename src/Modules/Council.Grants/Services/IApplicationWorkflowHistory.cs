namespace Council.Grants.Services;

/// <summary>
/// The workflow side of an application for its admin page: the journal of the instances about it and its open tasks.
/// The workflow module's integration (Workflows/) provides it; without that module the page shows neither.
/// </summary>
public interface IApplicationWorkflowHistory
{
    Task<ApplicationWorkflowHistory> ReadAsync(string contentItemId, CancellationToken cancellationToken);
}
