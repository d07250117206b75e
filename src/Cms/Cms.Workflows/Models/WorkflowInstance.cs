using System.Text.Json.Nodes;

namespace Cms.Workflows.Models;

/// <summary>
/// One run of a workflow type, pinned to the version it started on (<see cref="TypeVersion"/>). The document
/// columns hold the event input it started or last resumed with, its properties and each activity's state.
/// </summary>
public sealed class WorkflowInstance
{
    public long Id { get; set; }

    /// <summary>The instance's public id (26 characters, like content ids).</summary>
    public string WorkflowId { get; set; } = "";

    public string WorkflowTypeId { get; set; } = "";

    public int TypeVersion { get; set; }

    public WorkflowStatus Status { get; set; }

    /// <summary>What the instance is about, e.g. a content item's id; events carry it to resume the right instances.</summary>
    public string? CorrelationId { get; set; }

    public JsonObject Input { get; set; } = [];

    public JsonObject Properties { get; set; } = [];

    /// <summary>Per activity id, what an activity keeps between executions (a join's arrived branches).</summary>
    public JsonObject ActivityState { get; set; } = [];

    public string? FaultedActivityId { get; set; }

    public string? Error { get; set; }

    /// <summary>
    /// "type|correlation" while a singleton type's instance is unfinished, else null. A unique index on it lets the
    /// database refuse a second one started at the same moment.
    /// </summary>
    public string? SingletonKey { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public DateTime? FinishedUtc { get; set; }

    /// <summary>Changed by every run: two runs of one instance cannot both be saved.</summary>
    public Guid ConcurrencyStamp { get; set; }
}
