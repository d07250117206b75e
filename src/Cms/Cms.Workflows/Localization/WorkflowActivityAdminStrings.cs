namespace Cms.Workflows.Localization;

/// <summary>Marker for the activity pages' strings (settings forms, transitions): English keys, translations in WorkflowActivityAdminStrings.{culture}.resx.</summary>
public sealed class WorkflowActivityAdminStrings
{
    private WorkflowActivityAdminStrings()
    {
    }
}
