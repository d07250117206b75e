namespace Cms.Workflows.Models;

/// <summary>The filters of a type's instance list, as the query string gives them; dates as 25.11.2026.</summary>
public sealed class WorkflowInstanceFilter
{
    public WorkflowStatus? Status { get; set; }

    public string? CorrelationId { get; set; }

    /// <summary>First day included.</summary>
    public string? From { get; set; }

    /// <summary>Last day included.</summary>
    public string? To { get; set; }

    public int Page { get; set; } = 1;
}
