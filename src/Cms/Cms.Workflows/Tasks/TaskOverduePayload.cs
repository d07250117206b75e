namespace Cms.Workflows.Tasks;

/// <summary>The work-queue row that checks a task when it falls due.</summary>
public sealed record TaskOverduePayload(string TaskId);
