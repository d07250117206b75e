namespace Cms.Email.Workflows;

/// <summary>Marker for the e-mail activity's strings: English keys, translations in EmailWorkflowStrings.{culture}.resx.</summary>
public sealed class EmailWorkflowStrings
{
    private EmailWorkflowStrings()
    {
    }
}
