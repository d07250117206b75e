namespace Cms.Workflows.Localization;

/// <summary>Marker for the strings of the workflow admin pages: English keys, translations in WorkflowAdminStrings.{culture}.resx.</summary>
public sealed class WorkflowAdminStrings
{
    private WorkflowAdminStrings()
    {
    }
}
