namespace Cms.Contents.Workflows;

/// <summary>Marker for the content activities' strings: English keys, translations in ContentWorkflowStrings.{culture}.resx.</summary>
public sealed class ContentWorkflowStrings
{
    private ContentWorkflowStrings()
    {
    }
}
