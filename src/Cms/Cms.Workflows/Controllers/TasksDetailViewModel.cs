using Cms.Workflows.Tasks;

namespace Cms.Workflows.Controllers;

/// <summary>A task's page: the task, its item, its history, who it may be given to, and what the user may do.</summary>
public sealed record TasksDetailViewModel(
    TaskRow Row,
    TaskSubject? Subject,
    IReadOnlyList<WorkflowTaskEvent> History,
    IReadOnlyList<string> Eligible,
    TaskPermissions May)
{
    /// <summary>The comment as written, when the act form comes back with an error.</summary>
    public string? Comment { get; init; }
}
