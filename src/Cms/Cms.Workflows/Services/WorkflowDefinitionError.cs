namespace Cms.Workflows.Services;

/// <summary>
/// One thing to fix in a type's document, in the reader's language, with where it is (the activity's id or the transition's
/// position from 1), so the JSON editor can point at its line whatever the language.
/// </summary>
public sealed record WorkflowDefinitionError(string Message, string? ActivityId = null, int? Transition = null)
{
    public override string ToString() => Message;
}
