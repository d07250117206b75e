namespace Cms.Workflows.Tasks;

/// <summary>
/// Published once when an open task passes its due time, in the unit of work that marks it escalated. Modules tell the
/// task's roles (the mail module writes them a mail); the workflow module itself sends nothing.
/// </summary>
public sealed record TaskOverdue(string TaskId, string Title, IReadOnlyList<string> Roles, string? Assignee, DateTime DueUtc, string Url);
