namespace Cms.Workflows.Models;

/// <summary>One executed activity of an instance: when, how long, with which outcomes, by whom, and the error if it failed.</summary>
public sealed class WorkflowJournalEntry
{
    public long Id { get; set; }

    public string WorkflowId { get; set; } = "";

    public int TypeVersion { get; set; }

    public string ActivityId { get; set; } = "";

    public string ActivityName { get; set; } = "";

    public DateTime StartedUtc { get; set; }

    public double DurationMs { get; set; }

    /// <summary>The outcomes taken, comma-separated; empty when the activity halted or produced none.</summary>
    public string Outcomes { get; set; } = "";

    public bool Halted { get; set; }

    public string UserName { get; set; } = "";

    public string? Error { get; set; }

    /// <summary>Why, in the words of the user who acted (a user task's comment); null when nobody wrote one.</summary>
    public string? Note { get; set; }
}
