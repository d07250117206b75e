using Cms.Workflows.Tasks;

namespace Cms.Workflows.Controllers;

/// <summary>The inbox page: the chosen view and workflow type, the types to choose from, and the tasks.</summary>
public sealed record TasksIndexViewModel(TaskFilter Filter, string? Type, IReadOnlyList<(string Id, string Name)> Types, IReadOnlyList<TaskRow> Rows);
