using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cms.Workflows.Activities;

/// <summary>The timer's settings form: its schedule, and when the schedule next occurs (shown, not posted).</summary>
public sealed class TimerEventSettingsModel
{
    public string? CronExpression { get; set; }

    /// <summary>The next occurrences in the site's time zone, as dd.MM.yyyy HH:mm; empty when the schedule cannot be read.</summary>
    [BindNever]
    public IReadOnlyList<string> NextOccurrences { get; set; } = [];
}
