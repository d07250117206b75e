namespace Cms.Workflows.Tasks;

/// <summary>A task's item as the task page shows it: its title, its type's name, and a link when the user may open it.</summary>
public sealed record TaskSubject(string Title, string TypeName, string? Url);
