namespace Cms.Workflows.Models;

/// <summary>One page of a type's instances, newest first, with the filters that chose them.</summary>
public sealed class WorkflowInstancesViewModel
{
    public required string WorkflowTypeId { get; init; }

    public required string Name { get; init; }

    public required int LatestVersion { get; init; }

    public required WorkflowInstanceFilter Filter { get; init; }

    public IReadOnlyList<WorkflowInstanceRow> Rows { get; set; } = [];

    public int Total { get; set; }

    public int PageCount { get; set; } = 1;

    /// <summary>The filters as a query string, for the paging links.</summary>
    public string FilterQuery { get; set; } = "";

    /// <summary>Halted instances on an older version, which "move to the newest version" would concern.</summary>
    public int HaltedOnOlderVersions { get; set; }
}
