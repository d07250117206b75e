namespace Cms.Email.Workflows;

/// <summary>Marker for the escalation mail's strings: English keys, translations in TaskEscalationStrings.{culture}.resx.</summary>
public sealed class TaskEscalationStrings
{
    private TaskEscalationStrings()
    {
    }
}
