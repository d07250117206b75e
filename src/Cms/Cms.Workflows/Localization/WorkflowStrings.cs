namespace Cms.Workflows.Localization;

/// <summary>Marker for the workflow module's strings: English keys, translations in WorkflowStrings.{culture}.resx.</summary>
public sealed class WorkflowStrings
{
    private WorkflowStrings()
    {
    }
}
