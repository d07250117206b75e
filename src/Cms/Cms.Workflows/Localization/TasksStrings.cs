namespace Cms.Workflows.Localization;

/// <summary>Marker for the task inbox's strings: English keys, translations in TasksStrings.{culture}.resx.</summary>
public sealed class TasksStrings
{
    private TasksStrings()
    {
    }
}
