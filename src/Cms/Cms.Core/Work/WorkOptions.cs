namespace Cms.Core.Work;

/// <summary>The work queue's settings (<c>Work:*</c>).</summary>
public sealed class WorkOptions
{
    /// <summary>Whether this node runs the background loop. Test sites switch it off and drive the queue themselves.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the loop looks for due work when nothing wakes it sooner.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many rows one claim takes.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How long a claim holds a row; a node that dies loses it after this and another node takes the row.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts before a row is marked failed, unless its handler says otherwise.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait after the first failed attempt; it doubles with each further one.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A name for this node in the leases it takes; the machine name when not set.</summary>
    public string? NodeName { get; set; }

    /// <summary><c>/health</c> says Degraded when the oldest due row has waited this long.</summary>
    public TimeSpan DegradedAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary><c>/health</c> says Unhealthy when the oldest due row has waited this long.</summary>
    public TimeSpan UnhealthyAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Days a done or cancelled row is kept before the nightly clean-up deletes it; a failed row stays until it is retried.</summary>
    public int KeepEndedDays { get; set; } = 30;

    /// <summary>When the nightly clean-up of ended rows starts, as a cron expression in the site's time zone.</summary>
    public string CleanupCron { get; set; } = "45 3 * * *";

    /// <summary>Rows the clean-up deletes per statement, so it never holds a long write lock (SQLite has one writer).</summary>
    public int CleanupBatchSize { get; set; } = 500;
}
