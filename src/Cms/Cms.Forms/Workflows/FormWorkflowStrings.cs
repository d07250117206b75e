namespace Cms.Forms.Workflows;

/// <summary>Marker for the form workflow activity's strings: English keys, translations in FormWorkflowStrings.{culture}.resx.</summary>
public sealed class FormWorkflowStrings
{
    private FormWorkflowStrings()
    {
    }
}
