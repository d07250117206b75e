namespace Cms.Contents.Models;

/// <summary>The audit trail filters as typed in the form (kept as text so bad input comes back unchanged).</summary>
public sealed class AuditTrailFilter
{
    public string? Category { get; set; }

    public string? EventName { get; set; }

    public string? UserName { get; set; }

    public string? ObjectId { get; set; }

    /// <summary>First day included, <c>yyyy-MM-dd</c> or <c>dd.MM.yyyy</c>.</summary>
    public string? From { get; set; }

    /// <summary>Last day included.</summary>
    public string? To { get; set; }

    public int Page { get; set; } = 1;
}

public sealed record AuditTrailRow(long Id, string When, string Category, string EventName, string ObjectId, string ObjectName, string? ObjectType, string UserName);

public sealed class AuditTrailIndexViewModel
{
    public AuditTrailFilter Filter { get; set; } = new();

    public IReadOnlyList<AuditTrailRow> Rows { get; set; } = [];

    public IReadOnlyList<Cms.Core.AuditTrail.AuditTrailCategory> Categories { get; set; } = [];

    public int Total { get; set; }

    public int PageCount { get; set; }

    /// <summary>The query string of the filters without the page, for the pager links.</summary>
    public string FilterQuery { get; set; } = "";
}

/// <summary>One line of the before/after comparison: a part's field (or a top-level value) in both states.</summary>
public sealed record AuditTrailDifference(string Path, string? Before, string? After)
{
    public bool Changed => !string.Equals(Before, After, StringComparison.Ordinal);
}

public sealed class AuditTrailDetailViewModel
{
    public required AuditTrailRow Event { get; init; }

    public string? Comment { get; init; }

    public string? BeforeJson { get; init; }

    public string? AfterJson { get; init; }

    /// <summary>Per part and field rows for content events; empty for other events (shown as JSON).</summary>
    public IReadOnlyList<AuditTrailDifference> Differences { get; init; } = [];

    /// <summary>The content item's edit page when the item still exists.</summary>
    public string? EditUrl { get; init; }
}
