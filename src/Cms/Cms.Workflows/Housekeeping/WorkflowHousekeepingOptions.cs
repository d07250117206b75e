namespace Cms.Workflows.Housekeeping;

/// <summary>How long the workflows keep what they no longer need (<c>Workflows:Housekeeping:*</c>), and when they tidy up.</summary>
public sealed class WorkflowHousekeepingOptions
{
    /// <summary>When the nightly run starts, as a cron expression in the site's time zone.</summary>
    public string Cron { get; set; } = "15 3 * * *";

    /// <summary>Days an event's receipt is kept, so the same event delivered again within them still does nothing (decision 0025).</summary>
    public int EventReceiptDays { get; set; } = 30;

    /// <summary>Days a finished or aborted instance is kept, with its journal, before it is deleted.</summary>
    public int FinishedInstanceDays { get; set; } = 365;

    /// <summary>Rows deleted per statement, so one run never holds a long write lock (SQLite has one writer).</summary>
    public int BatchSize { get; set; } = 500;
}
