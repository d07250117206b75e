namespace Cms.Workflows.Models;

/// <summary>A type as the list shows it: options, newest version and how many of its instances are running, waiting or failed.</summary>
public sealed record WorkflowTypeListItem(string WorkflowTypeId, string Name, bool IsEnabled, int LatestVersion, int Running, int Halted, int Faulted)
{
    /// <summary>Instances that may still run (or be retried): a type with any of them is not deleted.</summary>
    public int Unfinished => Running + Halted + Faulted;
}
