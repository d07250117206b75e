namespace Cms.Workflows.Models;

/// <summary>
/// A workflow type: its stable id, name and options. What it does (activities and transitions) lives in its
/// versions (<see cref="WorkflowTypeVersion"/>); <see cref="LatestVersion"/> is the one new instances start on.
/// </summary>
public sealed class WorkflowType
{
    public long Id { get; set; }

    /// <summary>Stable across edits, imports and sites (Orchard's <c>WorkflowTypeId</c>).</summary>
    public string WorkflowTypeId { get; set; } = "";

    public string Name { get; set; } = "";

    public bool IsEnabled { get; set; } = true;

    /// <summary>At most one unfinished instance per correlation id.</summary>
    public bool IsSingleton { get; set; }

    /// <summary>Orchard's lock settings in milliseconds, kept for export; runs here are serialised by the database.</summary>
    public int LockTimeout { get; set; }

    public int LockExpiration { get; set; }

    /// <summary>Remove an instance's rows once it has finished (its journal goes with it).</summary>
    public bool DeleteFinishedWorkflows { get; set; }

    public int LatestVersion { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}
