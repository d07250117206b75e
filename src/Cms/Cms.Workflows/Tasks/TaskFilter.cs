namespace Cms.Workflows.Tasks;

/// <summary>The inbox's views of the open tasks a user may see (and of those already done).</summary>
public enum TaskFilter
{
    Open,
    Mine,
    Unassigned,
    DueThisWeek,
    Done,
}
