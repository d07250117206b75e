namespace Cms.Workflows.Tasks;

/// <summary>What the "My tasks" box shows.</summary>
public sealed record TasksWidgetModel(IReadOnlyList<TaskRow> Mine, int MineCount, int UnassignedCount);
