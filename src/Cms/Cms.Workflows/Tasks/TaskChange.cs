namespace Cms.Workflows.Tasks;

/// <summary>
/// The result of a change to a task: its status, the task as it now is, and for <see cref="TaskChangeStatus.Stale"/> the
/// change someone else made meanwhile (who and when), so the page can say so.
/// </summary>
public sealed record TaskChange(TaskChangeStatus Status, WorkflowTask? Task = null, WorkflowTaskEvent? Meanwhile = null);
