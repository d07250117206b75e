namespace Cms.Workflows.Models;

/// <summary>A transition posted from an activity's page: which of its outcomes, to which activity.</summary>
public sealed class TransitionForm
{
    public string? SourceOutcomeName { get; set; }

    public string? DestinationActivityId { get; set; }
}
