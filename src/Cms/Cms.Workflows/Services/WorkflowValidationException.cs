namespace Cms.Workflows.Services;

/// <summary>A workflow type that cannot be stored; <see cref="Errors"/> says each thing to fix.</summary>
public sealed class WorkflowValidationException : Exception
{
    public WorkflowValidationException()
    {
        Errors = [];
    }

    public WorkflowValidationException(string message)
        : base(message)
    {
        Errors = [message];
    }

    public WorkflowValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public WorkflowValidationException(string typeName, IReadOnlyList<string> errors)
        : base($"Workflow type '{typeName}': {string.Join(" ", errors)}")
    {
        Errors = errors;
    }

    public IReadOnlyList<string> Errors { get; }
}
